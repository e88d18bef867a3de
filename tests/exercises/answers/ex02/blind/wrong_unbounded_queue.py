# Written from the student copy alone, without seeing the check or the solution.
# WRONG (no bound): the queue is created without maxsize ("queue_size is only a hint",
# or the student was afraid put() would deadlock), so put() never waits: the feeder races
# through items and every item waits in the queue at once, with whatever it holds.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue()
    results = {}
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
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool took [\d,.]+ items from the input before they were done; with [\d,.]+ workers"
