# Written from the student copy alone, without seeing the check or the solution.
# Approach: a Thread subclass that keeps its own result or exception, a BoundedSemaphore taken before each start and released in run()'s finally; join all, then raise the first error in input order or return the results.
import threading


class _Task(threading.Thread):
    def __init__(self, fn, item, permits):
        super().__init__()
        self.fn = fn
        self.item = item
        self.permits = permits
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self.fn(self.item)
        except Exception as exc:
            self.error = exc
        finally:
            self.item = None
            self.permits.release()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.BoundedSemaphore(limit)
    tasks = []
    try:
        for item in items:
            permits.acquire()
            task = _Task(fn, item, permits)
            task.start()
            tasks.append(task)
    finally:
        for task in tasks:
            task.join()

    for task in tasks:
        if task.error is not None:
            raise task.error
    return [task.result for task in tasks]
