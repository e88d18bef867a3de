# Written from the student copy alone, without seeing the check or the solution.
# Reclassified by the course as WRONG: the student copy asks for the first exception raised ("the first to be
# raised"), and this answer raises the lowest-numbered item's; the check's earlier cases could not tell the two apart.
# Right: each worker is a Thread subclass with its own results and its own first error,
# so no shared structure needs a lock; the caller merges them after joining every worker.
# A worker takes indices in rising order (the queue is FIFO), so its first error is its
# lowest; the error raised is the lowest-index one over all workers.
import queue
import threading


class Worker(threading.Thread):
    def __init__(self, fn, tasks):
        super().__init__(daemon=False)
        self.fn, self.tasks = fn, tasks
        self.results = {}
        self.first_error = None     # (index, exception)

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                break
            index, item = task
            task = None
            try:
                self.results[index] = self.fn(item)
            except Exception as error:
                if self.first_error is None:
                    self.first_error = (index, error)
            item = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    crew = [Worker(fn, tasks) for _ in range(workers)]
    for worker in crew:
        worker.start()
    total = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            total = index + 1
    finally:
        for _ in crew:
            tasks.put(None)
        for worker in crew:
            worker.join()

    failures = [worker.first_error for worker in crew if worker.first_error is not None]
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]
    results = {}
    for worker in crew:
        results.update(worker.results)
    return [results[index] for index in range(total)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"tasks 1 to 5 raised PlantedError \('task 3 failed on purpose' first, 60 ms before the others\), but pool_map raised PlantedError\('task 1 failed on purpose'\), not the first exception raised"
