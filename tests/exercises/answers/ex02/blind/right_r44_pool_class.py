# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a small _Pool class (start / submit / close) around Queue(maxsize=queue_size); results in a list grown with placeholders by submit, the first error recorded under a Lock; close() is called from finally and sends one None sentinel per worker and joins them.
import queue
import threading

_SENTINEL = None
_MISSING = object()


class _Pool:
    def __init__(self, fn, workers, queue_size):
        self.fn = fn
        self.tasks = queue.Queue(maxsize=queue_size)
        self.results = []
        self.error = None
        self.error_lock = threading.Lock()
        self.threads = []
        self.workers = workers

    def start(self):
        for _ in range(self.workers):
            thread = threading.Thread(target=self._work)
            thread.start()
            self.threads.append(thread)

    def _work(self):
        while True:
            task = self.tasks.get()
            if task is _SENTINEL:
                return
            index, item = task
            del task
            try:
                self.results[index] = self.fn(item)
            except Exception as exc:
                with self.error_lock:
                    if self.error is None:
                        self.error = exc
            del item

    def submit(self, item):
        index = len(self.results)
        self.results.append(_MISSING)
        self.tasks.put((index, item))

    def close(self):
        for _ in self.threads:
            self.tasks.put(_SENTINEL)
        for thread in self.threads:
            thread.join()


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    pool = _Pool(fn, workers, queue_size)
    try:
        pool.start()
        for item in items:
            pool.submit(item)
    finally:
        pool.close()
    if pool.error is not None:
        raise pool.error
    return pool.results
