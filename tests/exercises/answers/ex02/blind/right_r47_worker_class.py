# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Worker(Thread) subclass keeps its own results and the errors it saw, stamped from a shared counter; merged after join, the lowest stamp (first raised) is raised.
import itertools
import queue
import threading


class _Worker(threading.Thread):
    def __init__(self, fn, tasks, stamps):
        super().__init__()
        self.fn = fn
        self.tasks = tasks
        self.stamps = stamps
        self.results = {}
        self.errors = []

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                break
            index, item = task
            del task
            try:
                self.results[index] = self.fn(item)
            except Exception as exc:
                self.errors.append((next(self.stamps), exc))
            del item


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    stamps = itertools.count()
    pool = [_Worker(fn, tasks, stamps) for _ in range(workers)]
    for w in pool:
        w.start()
    total = 0
    try:
        for item in items:
            tasks.put((total, item))
            total += 1
            del item
    finally:
        for _ in pool:
            tasks.put(None)
        for w in pool:
            w.join()
    errors = [pair for w in pool for pair in w.errors]
    if errors:
        raise min(errors, key=lambda pair: pair[0])[1]
    merged = {}
    for w in pool:
        merged.update(w.results)
    return [merged[i] for i in range(total)]
