# Written from the student copy alone, without seeing the check or the solution.
# WRONG (memory / no backpressure): the student calls list(items) first "to know how many
# results there are". The bounded queue is then useless: every item (every payload, if
# items are built when taken) is made up front and kept alive until the call returns.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    items = list(items)
    tasks = queue.Queue(maxsize=queue_size)
    results = [None] * len(items)
    errors = []

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as error:
                errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for pair in enumerate(items):
            tasks.put(pair)
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool took [\d,.]+ items from the input before they were done; with [\d,.]+ workers"
