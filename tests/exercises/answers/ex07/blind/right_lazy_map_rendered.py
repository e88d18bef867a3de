# Written from the student copy alone, without seeing the check or the solution.
# Right: the calling thread renders (a generator, so one payload at a time, only when map asks for
# the next item) and a WorkerPool of `workers` uploads. map keeps max_workers + queue_size items in
# flight, so with queue_size=workers at most 2 x workers payloads wait or upload, +1 being rendered.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    with WorkerPool(max_workers=workers, queue_size=workers) as uploads:
        return sum(uploads.map(upload, (render(item) for item in items)))
