# Written from the student copy alone, without seeing the check or the solution.
# WRONG: The worker catches only ValueError, so any other exception a task raises kills the worker instead of being kept.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=queue_size)
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
            except ValueError as exc:
                with lock:
                    errors.append(exc)
            else:
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
FAILS_WITH = r"died of PlantedError: task 2 failed on purpose"
