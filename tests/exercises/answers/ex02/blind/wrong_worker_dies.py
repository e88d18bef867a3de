# Written from the student copy alone, without seeing the check or the solution.
# WRONG (error kills the worker, never reaches the caller): no try/except in the worker.
# A task that raises ends its worker's thread (the traceback is only printed); the other
# workers carry on, so the pool silently shrinks, the failed item has no result and the
# caller gets a KeyError, not the task's error. If every worker dies, put() blocks for
# ever on a full queue. Workers are daemons so a test process can still exit.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            results[index] = fn(item)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
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
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"tasks [\d,.]+ and [\d,.]+ raised PlantedError \('task [\d,.]+ failed on purpose' first, long"
