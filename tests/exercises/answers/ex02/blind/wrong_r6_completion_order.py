# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each worker appends its result to a shared list as it finishes, so the results
# come back in completion order, not in input order.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = []
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
                    results.append(value)
            item = value = None

    threads = []
    try:
        for _ in range(workers):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for index, item in enumerate(items):
            tasks.put((index, item))
        item = None
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"expected the 32 results in input order, .*\. Yours are the right results, in another order"
