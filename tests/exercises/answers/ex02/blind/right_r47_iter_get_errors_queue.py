# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers loop on iter(q.get, None); results list grown by the feeding loop and filled by index; exceptions go to a SimpleQueue whose first entry is the first raised.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    errors = queue.SimpleQueue()
    results = []

    def worker():
        for index, item in iter(tasks.get, None):
            try:
                results[index] = fn(item)
            except Exception as exc:
                errors.put(exc)
            del item

    threads = []
    for _ in range(workers):
        thread = threading.Thread(target=worker)
        thread.start()
        threads.append(thread)
    try:
        for index, item in enumerate(items):
            results.append(None)
            tasks.put((index, item))
            del item
    finally:
        for _ in range(len(threads)):
            tasks.put(None)
        for thread in threads:
            thread.join()
    if not errors.empty():
        raise errors.get()
    return results
