# Written from the student copy alone, without seeing the check or the solution.
# Right: no hand-off between stages at all. Each task renders its own payload and uploads it, on a
# WorkerPool of `workers` threads whose lazy map keeps a bounded number of ITEMS in flight; a
# payload exists only inside a running task, so at most `workers` payloads (and uploads) at once.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    def render_and_upload(item):
        return upload(render(item))

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(render_and_upload, items))
