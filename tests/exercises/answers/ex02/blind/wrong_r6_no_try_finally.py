# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no try/finally around reading the input: if iterating `items` raises, the error
# leaves pool_map before any sentinel is sent, and the workers stay blocked in
# tasks.get() for ever, outliving the call.
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
    for _ in range(workers):
        thread = threading.Thread(target=worker)
        thread.start()
        threads.append(thread)
    count = 0
    for index, item in enumerate(items):
        tasks.put((index, item))
        count = index + 1
    item = None
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, 4 of pool_map's threads (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
