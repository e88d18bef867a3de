# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on the first failed upload it shuts the executor down with wait=False and raises at once, while the other uploads in the window are still running.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        return upload(render(item))

    executor = ThreadPoolExecutor(max_workers=workers)
    window = deque()
    total = 0
    try:
        for item in items:
            if len(window) >= workers:
                total += window.popleft().result()
            window.append(executor.submit(render_then_upload, item))
        while window:
            total += window.popleft().result()
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)  # "fail fast"
        raise
    executor.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ tasks? (?:was|were) still running|[\d,.]+ uploads? began after pipeline raised"
