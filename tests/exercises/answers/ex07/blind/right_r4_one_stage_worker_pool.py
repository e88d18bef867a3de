# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one task does both stages, so no payload ever waits between them: a
# pool_lab.WorkerPool of `workers` threads maps render-then-upload over the
# items lazily (its map keeps at most workers + queue_size items in flight, and
# the queue holds items, not payloads). At most `workers` payloads are alive,
# one per running task, and up to `workers` uploads run at once. An upload's
# exception comes out of the map; leaving the `with` waits for every task.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        payload = render(item)
        return upload(payload)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(render_and_upload, items))
