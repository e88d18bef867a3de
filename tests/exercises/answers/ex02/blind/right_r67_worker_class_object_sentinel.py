# Written from the student copy alone, without seeing the check or the solution.
# Approach: a Worker Thread subclass, a fresh object() as sentinel (one per worker), a results list the caller grows before each put, and the first error kept under a lock.
import queue
import threading

_DONE = object()


class _Worker(threading.Thread):
    def __init__(self, fn, tasks, results, errors, lock):
        super().__init__()
        self.fn = fn
        self.tasks = tasks
        self.results = results
        self.errors = errors
        self.lock = lock

    def run(self):
        while True:
            task = self.tasks.get()
            if task is _DONE:
                break
            index, item = task
            task = None
            try:
                self.results[index] = self.fn(item)
            except Exception as exc:
                with self.lock:
                    if not self.errors:
                        self.errors.append(exc)
            finally:
                item = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = []
    first_error = []
    lock = threading.Lock()

    pool = [_Worker(fn, tasks, results, first_error, lock) for _ in range(workers)]
    for worker in pool:
        worker.start()

    try:
        for index, item in enumerate(items):
            results.append(None)
            tasks.put((index, item))
    finally:
        for _ in pool:
            tasks.put(_DONE)
        for worker in pool:
            worker.join()

    if first_error:
        raise first_error[0]
    return results
