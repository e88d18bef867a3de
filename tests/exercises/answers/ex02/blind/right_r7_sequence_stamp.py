# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each failure is stamped with a global sequence number taken under a lock when caught; the smallest stamp (first raised) wins; per-worker result lists merged at the end.
import itertools
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    feed = queue.Queue(maxsize=queue_size)
    stamp = itertools.count()
    stamp_lock = threading.Lock()
    failures = []          # (stamp, exception)
    outputs = [[] for _ in range(workers)]   # per worker: (index, value)

    def loop(out):
        for job in iter(feed.get, None):
            idx, item = job
            try:
                out.append((idx, fn(item)))
            except Exception as exc:
                with stamp_lock:
                    failures.append((next(stamp), exc))

    threads = [threading.Thread(target=loop, args=(outputs[k],)) for k in range(workers)]
    for t in threads:
        t.start()
    try:
        for job in enumerate(items):
            feed.put(job)
    finally:
        for _ in threads:
            feed.put(None)
        for t in threads:
            t.join()
    if failures:
        raise min(failures, key=lambda f: f[0])[1]
    pairs = sorted(itertools.chain.from_iterable(outputs), key=lambda p: p[0])
    return [value for _, value in pairs]
