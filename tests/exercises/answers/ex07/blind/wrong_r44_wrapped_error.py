# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded and waits for the uploads, but replaces the upload's exception with a RuntimeError of its own instead of raising that exception.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        return upload(render(item))

    try:
        with WorkerPool(max_workers=workers, queue_size=workers) as pool:
            return sum(pool.map(render_and_upload, items))
    except Exception as error:
        raise RuntimeError(f"pipeline failed: {error}") from None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
