# Written from the student copy alone, without seeing the check or the solution.
# Right: a small Pool class with a Condition-guarded first error and a results dict; sentinels and joins in finally; error rethrown after.
import queue
import threading


class _Pool:
    def __init__(self, fn, workers, queue_size):
        self.fn = fn
        self.q = queue.Queue(queue_size)
        self.cond = threading.Condition()
        self.first = None
        self.results = {}
        self.threads = [threading.Thread(target=self._run) for _ in range(workers)]

    def _run(self):
        while True:
            job = self.q.get()
            if job is None:
                return
            idx, item = job
            try:
                r = self.fn(item)
            except Exception as exc:
                with self.cond:
                    if self.first is None:
                        self.first = exc
                continue
            with self.cond:
                self.results[idx] = r

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self):
        for _ in self.threads:
            self.q.put(None)
        for t in self.threads:
            t.join()


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    pool = _Pool(fn, workers, queue_size)
    pool.start()
    n = 0
    try:
        for n, item in enumerate(items, start=1):
            pool.q.put((n - 1, item))
    finally:
        pool.stop()
    if pool.first is not None:
        raise pool.first
    return [pool.results[i] for i in range(n)]
