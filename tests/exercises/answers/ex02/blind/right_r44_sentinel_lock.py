# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers started first loop on q.get() until a None sentinel; each catches a task's error, keeps the first under a lock and goes on; pool_map feeds (index, item) pairs into Queue(maxsize=queue_size), and in finally puts one sentinel per worker and joins them all.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    first_error = []
    lock = threading.Lock()

    def worker():
        while True:
            pair = tasks.get()
            if pair is None:
                break
            index, item = pair
            pair = None
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    if not first_error:
                        first_error.append(exc)
            finally:
                item = None

    threads = []
    count = 0
    try:
        for _ in range(workers):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
        item = None
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()

    if first_error:
        raise first_error[0]
    return [results[index] for index in range(count)]
