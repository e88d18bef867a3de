# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: BoundedSemaphore, one Thread subclass per item that keeps its own result or exception; collected in input order after every join.
import threading


class _Task(threading.Thread):
    def __init__(self, fn, item, permits):
        super().__init__()
        self._fn = fn
        self._item = item
        self._permits = permits
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._fn(self._item)
        except BaseException as exc:
            self.error = exc
        finally:
            self._item = None
            self._permits.release()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.BoundedSemaphore(limit)
    tasks = []
    try:
        for item in items:
            permits.acquire()
            task = _Task(fn, item, permits)
            tasks.append(task)
            task.start()
    finally:
        for task in tasks:
            task.join()
    for task in tasks:
        if task.error is not None:
            raise task.error
    return [task.result for task in tasks]
