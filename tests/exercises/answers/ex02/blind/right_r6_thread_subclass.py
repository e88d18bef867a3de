# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a threading.Thread subclass per worker (exactly `workers` of them) takes
# (index, item) pairs from a queue.Queue(maxsize=queue_size) and keeps its own
# (index, value) results and (sequence, exception) failures; a lock-guarded counter
# stamps each failure so the first raised can be found; one None sentinel per worker;
# after joining, results are merged into a list by index and the earliest failure raised.
import itertools
import queue
import threading


class _Worker(threading.Thread):
    def __init__(self, fn, tasks, stamp):
        super().__init__()
        self.fn = fn
        self.tasks = tasks
        self.stamp = stamp
        self.done = []
        self.failed = []

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                break
            index, item = task
            task = None
            try:
                value = self.fn(item)
            except Exception as exc:
                self.failed.append((self.stamp(), exc))
            else:
                self.done.append((index, value))
            item = value = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    counter = itertools.count()
    counter_lock = threading.Lock()

    def stamp():
        with counter_lock:
            return next(counter)

    pool = []
    count = 0
    try:
        for _ in range(workers):
            worker = _Worker(fn, tasks, stamp)
            worker.start()
            pool.append(worker)
        for item in items:
            tasks.put((count, item))
            count += 1
        item = None
    finally:
        for _ in pool:
            tasks.put(None)
        for worker in pool:
            worker.join()

    failures = [failure for worker in pool for failure in worker.failed]
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]
    results = [None] * count
    for worker in pool:
        for index, value in worker.done:
            results[index] = value
    return results
