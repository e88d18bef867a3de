# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a worker catches the task's exception and stores None as its result;
# pool_map never raises it. Breaks: "Once the workers are done, `pool_map` raises
# the first exception kept".
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            i, x = task
            try:
                results[i] = fn(x)
            except Exception:
                results[i] = None

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
    return [results[i] for i in range(n)]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"tasks [\d,.]+ and [\d,.]+ raised PlantedError \('task [\d,.]+ failed on purpose' first, long before task [\d,.]+ started\), but pool_map\(fn, items, workers=[\d,.]+, queue_size=[\d,.]+\) returned .*: the exception was lost"
