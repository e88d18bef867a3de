# Written from the student copy alone, without seeing the check or the solution.
# WRONG (deadlock on a full queue): the items are put first and the workers started
# afterwards, "so that the workers find the queue full when they start". With more items
# than queue_size, put() waits for room that only a worker could make, and no worker has
# been started yet: pool_map never returns. (It works in a small test with few items.)
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
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

    count = 0
    for index, item in enumerate(items):
        tasks.put((index, item))
        count += 1
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
