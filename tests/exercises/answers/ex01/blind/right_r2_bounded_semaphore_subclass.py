# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore and a Thread subclass that stores its own result or
# exception on itself. Permit taken in the spawning loop before start(), given
# back in finally inside run(). Every thread joined; then the exception of the
# lowest-index failed task is raised (the same exception object), otherwise the
# results in input order.
import threading


class _Task(threading.Thread):
    def __init__(self, fn, item, sem):
        super().__init__()
        self.fn, self.item, self.sem = fn, item, sem
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self.fn(self.item)
        except BaseException as e:
            self.error = e
        finally:
            self.item = None
            self.sem.release()


def bounded_spawn(fn, items, limit):
    sem = threading.BoundedSemaphore(limit)
    tasks = []
    for item in items:
        sem.acquire()
        t = _Task(fn, item, sem)
        t.start()
        tasks.append(t)
    for t in tasks:
        t.join()
    for t in tasks:
        if t.error is not None:
            raise t.error
    return [t.result for t in tasks]
