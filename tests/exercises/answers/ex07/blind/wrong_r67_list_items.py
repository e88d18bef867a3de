# Written from the student copy alone, without seeing the check or the solution.
# Mistake: calls list(items) first (to know how many there are), taking every item of the stream before the first upload.
# Breaks: "So take items as you go, not all at once (`list(items)`, or `Executor.map`, which submits every item before it yields a result)"
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    items = list(items)
    stop = threading.Event()

    def render_and_upload(item):
        payload = render(item)
        if stop.is_set():
            return 0
        try:
            return upload(payload)
        except BaseException:
            stop.set()
            raise

    total = 0
    running = set()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        try:
            for item in items:
                if len(running) >= workers:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        total += future.result()
                running.add(executor.submit(render_and_upload, item))
            done, running = wait(running)
            for future in done:
                total += future.result()
        except BaseException:
            stop.set()
            for future in running:
                future.cancel()
            wait(running)
            raise
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items? from the input before item [\d,.]+'s upload, [\d,.]+ ms longer than the others, (was|were) done: take items as you"
