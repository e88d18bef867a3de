# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "fixes" the colleague's code by shrinking the render pool's queue (queue_size=1) while uploads.submit still feeds an unbounded ThreadPoolExecutor queue, the hidden queue itself.
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    uploads = ThreadPoolExecutor(max_workers=workers)
    futures = []

    def render_then_upload(item):
        payload = render(item)
        futures.append(uploads.submit(upload, payload))

    with WorkerPool(max_workers=workers, queue_size=1) as renderers:  # a tighter bound on the renderers
        for _ in renderers.map(render_then_upload, items, in_flight=workers):
            pass
    uploads.shutdown(wait=True)
    return sum(future.result() for future in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
