# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: classic pool: `workers` threads loop on q.get() from
# queue.Queue(maxsize=queue_size); pool_map puts (index, item) pairs, then in a
# finally puts one None sentinel per worker and joins them all. Errors are kept
# in a list under a lock (first raised = first appended) and the first one is
# raised after the join; an error from reading items propagates after the finally.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            i, x = task
            try:
                r = fn(x)
                results[i] = r
            except BaseException as e:
                with lock:
                    errors.append(e)

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
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]
