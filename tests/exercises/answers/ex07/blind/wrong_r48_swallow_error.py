# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the task catches the upload's exception and counts 0 for it, so pipeline returns a sum instead of raising.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        try:
            return upload(render(item))
        except Exception:
            return 0  # "a failed upload just does not count"

    total = 0
    pending = set()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            while len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            pending.add(pool.submit(render_then_upload, item))
        done, _ = wait(pending)
        total += sum(future.result() for future in done)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
