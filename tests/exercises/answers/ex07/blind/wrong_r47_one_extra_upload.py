# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: a pool of workers + 1 threads and a window of workers + 1 ("one spare so the pool never idles"), so workers + 1 uploads run at once.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    limit = workers + 1

    def render_then_upload(item):
        return upload(render(item))

    total = 0
    with ThreadPoolExecutor(max_workers=limit) as executor:
        window = deque()
        try:
            for item in items:
                if len(window) >= limit:
                    total += window.popleft().result()
                window.append(executor.submit(render_then_upload, item))
            while window:
                total += window.popleft().result()
        except BaseException:
            for future in window:
                future.cancel()
            raise
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads at once"
