# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Thread subclass holds its own result or exception and releases the shared Semaphore in finally; the spawner acquires before each start, joins every thread, then raises the first failed thread's exception in input order or returns the results in input order.
import threading


class _TaskThread(threading.Thread):
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
            self._fn = None
            self._permits.release()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    threads = []
    try:
        for item in items:
            permits.acquire()
            thread = _TaskThread(fn, item, permits)
            try:
                thread.start()
            except BaseException:
                permits.release()
                raise
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()
    for thread in threads:
        if thread.error is not None:
            raise thread.error
    return [thread.result for thread in threads]
