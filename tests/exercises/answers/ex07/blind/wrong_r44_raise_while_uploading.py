# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on a failed upload it calls shutdown(wait=False) and raises at once, while other uploads are still running and queued ones may begin after pipeline has raised.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    pending = deque()
    total = 0
    executor = ThreadPoolExecutor(max_workers=workers)
    try:
        for item in items:
            while len(pending) >= 2 * workers:
                total += pending.popleft().result()
            pending.append(executor.submit(upload, render(item)))
        while pending:
            total += pending.popleft().result()
    except BaseException:
        executor.shutdown(wait=False)  # "don't make the caller wait for a failed batch"
        raise
    executor.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), and pipeline\(items,"
