# Written from the student copy alone, without seeing the check or the solution.
# Judged RIGHT by the course, though written as wrong: exercise 1's contract bounds the threads alive
# and the tasks running, and both hold here. Its items are not payloads: in the incident a task makes
# its payload itself, and a Thread object kept after its task has ended holds no stack. Keeping every
# item until the end is a real cost when items are payloads: exercises 5, 7 and 10 count that.
# The author's comment follows.
# WRONG (memory held longer than needed): each task is a Thread subclass that stores its
# item and its result as attributes, and the spawner keeps every Thread in a list until the
# end to read the results. Every item stays alive until the call returns, instead of being
# dropped when its task ends (a plain Thread drops its target and args after running).
# With items that carry payloads, memory grows with the number of items, as in the incident.
import threading


class Task(threading.Thread):
    def __init__(self, fn, item, permits):
        super().__init__()
        self.fn, self.item, self.permits = fn, item, permits
        self.result, self.error = None, None

    def run(self):
        try:
            self.result = self.fn(self.item)
        except Exception as error:
            self.error = error
        finally:
            self.permits.release()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    tasks = []
    for item in items:
        permits.acquire()
        task = Task(fn, item, permits)
        task.start()
        tasks.append(task)
    for task in tasks:
        task.join()
    for task in tasks:
        if task.error is not None:
            raise task.error
    return [task.result for task in tasks]
