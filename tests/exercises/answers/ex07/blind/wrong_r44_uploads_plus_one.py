# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: gives the pool workers + 1 threads ("one more for the rendering"), but each thread uploads too, so workers + 1 uploads run at once.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        return upload(render(item))

    with WorkerPool(max_workers=workers + 1, queue_size=workers) as pool:
        return sum(pool.map(render_and_upload, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads at once"
