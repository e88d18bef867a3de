# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: uses task_done()/Queue.join() to wait for the work, then sentinels and thread joins in finally; results in a growing list filled by index.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=queue_size)
    results = []
    errors = []
    guard = threading.Lock()

    def work():
        while True:
            job = q.get()
            try:
                if job is None:
                    return
                i, x = job
                try:
                    r = fn(x)
                except Exception as e:
                    with guard:
                        errors.append(e)
                else:
                    with guard:
                        results[i] = r
            finally:
                q.task_done()

    ts = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for t in ts:
        t.start()
    try:
        for i, x in enumerate(items):
            with guard:
                results.append(None)
            q.put((i, x))
        q.join()
    finally:
        for _ in ts:
            q.put(None)
        for t in ts:
            t.join()
    if errors:
        raise errors[0]
    return results
