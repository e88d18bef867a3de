# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Thread subclass keeps its own result or exception; the permit is taken before the next item is even read, given back in finally; results read from the joined threads in order.
import threading


class _Task(threading.Thread):
    def __init__(self, fn, item, permits):
        super().__init__()
        self._fn = fn
        self._item = item
        self._permits = permits
        self.value = None
        self.error = None

    def run(self):
        try:
            self.value = self._fn(self._item)
        except BaseException as exc:
            self.error = exc
        finally:
            self._item = None
            self._permits.release()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    tasks = []
    iterator = iter(items)
    try:
        while True:
            permits.acquire()
            try:
                item = next(iterator)
            except StopIteration:
                permits.release()
                break
            except BaseException:
                permits.release()
                raise
            task = _Task(fn, item, permits)
            del item
            try:
                task.start()
            except BaseException:
                permits.release()
                raise
            tasks.append(task)
    finally:
        for task in tasks:
            task.join()
    for task in tasks:
        if task.error is not None:
            raise task.error
    return [task.value for task in tasks]
