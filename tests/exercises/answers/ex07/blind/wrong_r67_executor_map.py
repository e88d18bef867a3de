# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses ThreadPoolExecutor.map, which submits every item (taking the whole stream) before it yields the first result.
# Breaks: "So take items as you go, not all at once (`list(items)`, or `Executor.map`, which submits every item before it yields a result)"
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()

    def render_and_upload(item):
        if stop.is_set():
            return 0
        payload = render(item)
        if stop.is_set():  # an upload has failed: begin no more
            return 0
        try:
            return upload(payload)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=workers) as executor:
        try:
            return sum(executor.map(render_and_upload, items))
        except BaseException:
            stop.set()
            raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items? from the input before item [\d,.]+'s upload, [\d,.]+ ms longer than the others, (was|were) done: take items as you"
