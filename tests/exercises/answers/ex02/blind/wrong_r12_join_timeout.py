# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins each worker with join(timeout=1.0) so it never hangs, which returns with workers still running whenever a task takes longer.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for t in threads:
            t.join(timeout=1.0)
    if errors:
        raise errors[0]
    return [results.get(i) for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, 1 of pool_map.s threads (?:was|were) still alive when it raised"
