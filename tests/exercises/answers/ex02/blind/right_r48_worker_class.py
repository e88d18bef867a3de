# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each worker is a Thread subclass with its own results and errors stamped from a shared counter; after the sentinels (one per worker) and joins, results are merged by index and the earliest-stamped error raised.
import itertools
import queue
import threading


class _Worker(threading.Thread):
    def __init__(self, fn, tasks, clock):
        super().__init__()
        self.fn = fn
        self.tasks = tasks
        self.clock = clock
        self.results = {}
        self.errors = []

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                break
            index, item = task
            task = None
            try:
                self.results[index] = self.fn(item)
            except Exception as exc:
                self.errors.append((next(self.clock), exc))
            item = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    clock = itertools.count()
    crew = [_Worker(fn, tasks, clock) for _ in range(workers)]
    for member in crew:
        member.start()
    total = 0
    try:
        for pair in enumerate(items):
            tasks.put(pair)
            total += 1
            pair = None
    finally:
        for _ in crew:
            tasks.put(None)
        for member in crew:
            member.join()
    errors = [entry for member in crew for entry in member.errors]
    if errors:
        raise min(errors, key=lambda entry: entry[0])[1]
    merged = {}
    for member in crew:
        merged.update(member.results)
    return [merged[i] for i in range(total)]
