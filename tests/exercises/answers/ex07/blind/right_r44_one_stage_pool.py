# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one stage does both: each WorkerPool task renders then uploads, so a payload lives only inside its task; WorkerPool.map keeps a bounded number of items in flight.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        payload = render(item)
        return upload(payload)

    # `workers` threads: at most `workers` uploads and `workers` payloads at once.
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        sizes = pool.map(render_and_upload, items, buffersize=2 * workers)
        try:
            return sum(sizes)
        except BaseException:
            # Stop feeding: cancel what waits in the queue; leaving `with`
            # waits for the uploads still running before the error goes on.
            close = getattr(sizes, "close", None)
            if close is not None:
                close()
            raise
