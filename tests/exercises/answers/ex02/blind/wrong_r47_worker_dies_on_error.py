# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the try/except wraps the whole worker loop, so a worker that meets an exception stops taking tasks; with more failures than workers the pool dies and the feeder blocks.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        try:
            while True:
                task = tasks.get()
                if task is None:
                    return
                index, item = task
                results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
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
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\. In this run tasks [\d,.]+ to"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
