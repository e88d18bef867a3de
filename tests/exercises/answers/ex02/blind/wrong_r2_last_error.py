# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each worker overwrites a single "error" variable, so pool_map raises the
# LAST exception raised, not the first. Breaks: "`pool_map` raises the first
# exception kept (the first to be raised)".
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    error = None

    def worker():
        nonlocal error
        while True:
            task = q.get()
            if task is None:
                return
            i, x = task
            try:
                results[i] = fn(x)
            except Exception as e:
                error = e

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for i, x in enumerate(items):
            q.put((i, x))
            n = i + 1
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if error is not None:
        raise error
    return [results[i] for i in range(n)]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"but pool_map raised PlantedError\('task [\d,.]+ failed on purpose'\), not the first exception kept"
