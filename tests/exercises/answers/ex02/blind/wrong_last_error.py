# Written from the student copy alone, without seeing the check or the solution.
# WRONG (not the first error): each failure overwrites a single "error" variable, so when
# several tasks fail the caller gets the LAST one kept, not the first. Looks right in any
# test with a single failing task.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    error = None

    def worker():
        nonlocal error
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                error = exc

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if error is not None:
        raise error
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"tasks [\d,.]+ and [\d,.]+ raised PlantedError \('task [\d,.]+ failed on purpose' first, long"
