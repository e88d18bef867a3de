# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an upload that raises is caught and counted as 0 bytes, so the exception never reaches the caller.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        try:
            return upload(render(item))
        except Exception:
            return 0  # "skip the failed one, keep the service up"

    total = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        window = deque()
        for item in items:
            if len(window) >= workers:
                total += window.popleft().result()
            window.append(executor.submit(render_then_upload, item))
        while window:
            total += window.popleft().result()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
