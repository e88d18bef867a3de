# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an upload that raises is caught and counted as 0 bytes, so the exception never reaches the caller.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        try:
            return upload(render(item))
        except Exception:
            return 0  # "skip the failed one, keep the service up"

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(render_and_upload, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
