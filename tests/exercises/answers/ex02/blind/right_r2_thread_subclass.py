# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Worker is a Thread subclass with its own dict of results and its own
# list of (timestamp, exception); after joining, pool_map merges the dicts and
# raises the exception with the smallest timestamp (the first raised).
# Sentinel-per-worker shutdown done in finally.
import queue
import threading
import time


class _Worker(threading.Thread):
    def __init__(self, q, fn):
        super().__init__()
        self.q, self.fn = q, fn
        self.out = {}
        self.errors = []

    def run(self):
        while True:
            task = self.q.get()
            if task is None:
                break
            i, x = task
            task = None
            try:
                self.out[i] = self.fn(x)
            except Exception as e:
                self.errors.append((time.perf_counter_ns(), e))
            x = None


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    ws = [_Worker(q, fn) for _ in range(workers)]
    for w in ws:
        w.start()
    count = 0
    try:
        for item in items:
            q.put((count, item))
            count += 1
            item = None
    finally:
        for _ in ws:
            q.put(None)
        for w in ws:
            w.join()
    errors = [e for w in ws for e in w.errors]
    if errors:
        raise min(errors, key=lambda p: p[0])[1]
    merged = {}
    for w in ws:
        merged.update(w.out)
    return [merged[i] for i in range(count)]
