# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins each worker with a timeout so the call can never hang, and so returns (or raises) while a long task is still running.
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
            thread.join(timeout=0.5)
    if errors:
        raise errors[0]
    return [results.get(i) for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, [\d,.]+ of pool_map's threads was still alive when it raised\. Hint: send the"
