# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a small spawner class: Semaphore acquired before each Thread.start, threads report (index, error, value) into a queue.SimpleQueue and release in finally; after joining all, outcomes are put back in input order and the first error reported is raised.
import queue
import threading


class _Spawner:
    def __init__(self, fn, limit):
        self.fn = fn
        self.permits = threading.Semaphore(limit)
        self.outcomes = queue.SimpleQueue()
        self.threads = []

    def _task(self, index, item):
        try:
            value = self.fn(item)
        except Exception as exc:
            self.outcomes.put((index, exc, None))
        else:
            self.outcomes.put((index, None, value))
        finally:
            self.permits.release()

    def spawn(self, index, item):
        self.permits.acquire()
        thread = threading.Thread(target=self._task, args=(index, item))
        try:
            thread.start()
        except BaseException:
            self.permits.release()
            raise
        self.threads.append(thread)

    def join_all(self):
        for thread in self.threads:
            thread.join()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    spawner = _Spawner(fn, limit)
    try:
        for index, item in enumerate(items):
            spawner.spawn(index, item)
    finally:
        spawner.join_all()

    count = len(spawner.threads)
    values = [None] * count
    first_error = None
    while True:
        try:
            index, error, value = spawner.outcomes.get_nowait()
        except queue.Empty:
            break
        if error is not None:
            if first_error is None:
                first_error = error
        else:
            values[index] = value
    if first_error is not None:
        raise first_error
    return values
