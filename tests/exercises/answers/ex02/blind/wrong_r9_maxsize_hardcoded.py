# Written from the student copy alone, without seeing the check or the solution.
# Wrong: queue bound hard-coded to 4 (the value tried in the notebook) instead of queue_size.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=4)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            if task is None:
                break
            index, item = task
            try:
                value = fn(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results[index] = value

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            q.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"with workers=3 and queue_size=5, your pool had at most [\d,]+ batches taken from the input and not yet sent"
