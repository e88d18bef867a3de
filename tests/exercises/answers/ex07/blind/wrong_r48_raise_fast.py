# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on an error it calls shutdown(wait=False) and raises at once, while other uploads are still running and queued ones still begin afterwards.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        return upload(render(item))

    pool = ThreadPoolExecutor(max_workers=workers)
    total = 0
    pending = set()
    try:
        for item in items:
            while len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            pending.add(pool.submit(render_then_upload, item))
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            total += sum(future.result() for future in done)
    except BaseException:
        pool.shutdown(wait=False)  # fail fast
        raise
    pool.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ tasks? (?:was|were) still running|[\d,.]+ uploads? began after pipeline raised"
