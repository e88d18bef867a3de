# Written from the student copy alone, without seeing the check or the solution.
# WRONG: shrinks the render WorkerPool's queue but still submits every payload to an unbounded ThreadPoolExecutor: the hidden queue in front of the uploads is still there.
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        futures = []

        def render_then_upload(item):
            payload = render(item)
            futures.append(uploads.submit(upload, payload))

        # "the queue was too big": now it is only `workers` long
        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):
                pass
        return sum(future.result() for future in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
