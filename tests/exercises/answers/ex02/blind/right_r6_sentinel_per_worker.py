# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `workers` threads read (index, item) pairs from a queue.Queue(maxsize=queue_size);
# one None sentinel per worker; results stored by index in a dict; exceptions kept in the
# order they were caught and the first one raised after every worker is joined.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return  # sentinel: no more work; do not put it back, each worker has its own
            index, item = task
            task = None
            try:
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)  # keep it and go on with the next task
            else:
                with lock:
                    results[index] = value
            item = value = None  # let go of the finished payload before waiting for the next one

    threads = []
    count = 0
    try:
        for _ in range(workers):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for index, item in enumerate(items):  # read once, here, in pool_map itself
            tasks.put((index, item))  # waits for room: backpressure
            count = index + 1
        item = None
    finally:
        for _ in threads:
            tasks.put(None)  # one sentinel per worker
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]
