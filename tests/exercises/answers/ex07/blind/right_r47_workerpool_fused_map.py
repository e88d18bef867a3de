# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a WorkerPool of `workers` with a queue of `workers` maps one render-then-upload task over the items lazily (buffersize=workers); leaving the with block waits for every upload before returning or raising.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    if workers < 1:
        raise ValueError("workers must be at least 1")

    def render_then_upload(item):
        return upload(render(item))

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        sizes = pool.map(render_then_upload, items, buffersize=workers)
        try:
            return sum(sizes)
        finally:
            sizes.close()  # on an error, cancels the tasks still waiting in the queue
