# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the executor is given extra threads "so it is never the bottleneck" and a Semaphore(workers)
# is meant to be the bound, but the permit is taken AFTER the submit: one more upload than allowed is
# already running when the loop blocks, so workers + 1 uploads run at once (and workers + 2 payloads
# are alive). Off by one.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    slots = threading.Semaphore(workers)
    total = 0
    errors = []
    lock = threading.Lock()

    def finished(future):
        nonlocal total
        slots.release()
        if future.exception() is not None:
            errors.append(future.exception())
            return
        with lock:
            total += future.result()

    with ThreadPoolExecutor(max_workers=2 * workers) as uploads:
        for item in items:
            uploads.submit(upload, render(item)).add_done_callback(finished)
            slots.acquire()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads at once; the upload service takes [\d,.]+\."
