# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a task that raises gets None as its result and the exception is dropped; pool_map never raises.
# Breaks: "Once the workers are done, `pool_map` raises the first exception kept (the first to be raised)."
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def work():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception:
                results[index] = None

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()

    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"tasks [\d,.]+ and [\d,.]+ raised PlantedError \('task [\d,.]+ failed on purpose' first, long before task [\d,.]+ started\), but pool_map\(fn, items, workers=[\d,.]+"
