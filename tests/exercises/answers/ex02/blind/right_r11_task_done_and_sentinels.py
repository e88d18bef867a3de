# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Like notebook 2's pool, but each worker calls task_done() and the caller waits with q.join() before sending one sentinel per worker and joining them, all inside try/finally.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    errors_lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            try:
                if task is None:
                    return
                i, item = task
                try:
                    results[i] = fn(item)
                except Exception as exc:
                    with errors_lock:
                        errors.append(exc)
            finally:
                q.task_done()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for item in items:
            q.put((n, item))
            n += 1
        q.join()
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]
