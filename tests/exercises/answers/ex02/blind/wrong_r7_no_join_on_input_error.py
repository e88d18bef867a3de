# Written from the student copy alone, without seeing the check or the solution.
# WRONG (threads outlive the call on error): if reading items fails it sends the sentinels and re-raises at once, without joining the workers (tasks in hand still running).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            try:
                value = fn(item)
            except Exception as exc:
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
            tasks.put((index, item))
            count += 1
    except BaseException:
        for _ in threads:
            tasks.put(None)
        raise
    for _ in threads:
        tasks.put(None)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, [\d,]+ of pool_map's threads (?:was|were) still alive when it raised"
