# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller renders, then submits the upload to a ThreadPoolExecutor only when fewer than 2*workers upload futures are pending (a deque, oldest first), so the executor's queue never holds more than a few payloads.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    window = 2 * workers
    pending = deque()
    total = 0
    executor = ThreadPoolExecutor(max_workers=workers)
    try:
        for item in items:
            while len(pending) >= window:
                total += pending.popleft().result()
            payload = render(item)
            pending.append(executor.submit(upload, payload))
            payload = None
        while pending:
            total += pending.popleft().result()
    except BaseException:
        # no upload begins after this, and the running ones end before we raise
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
    return total
