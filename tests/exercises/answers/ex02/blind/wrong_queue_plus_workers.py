# Written from the student copy alone, without seeing the check or the solution.
# WRONG (bound off by the worker count): the student makes the queue queue_size + workers
# long "so that the sentinels always fit" (they do anyway: the workers drain the queue).
# Up to `workers` more items then wait in the queue than the caller allowed, each with
# whatever it holds: the bound is off by the number of workers (by one with one worker).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size + workers)
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
