# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the queue has no maxsize (queue.Queue()), so put() never waits: the caller reads
# the whole input into the queue at once and there is no backpressure.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue()
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            task = None
            try:
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results[index] = value
            item = value = None

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
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool took [\d,]+ items from the input before they were done; with 4 workers and a queue of 4, at most 9"
