# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads the allowance 3 x workers + 2 as a window size: lets 14 uploads be submitted at once and renders the next payload before waiting for a place, so 15 payloads are alive.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    places = threading.Semaphore(3 * workers + 2)
    lock = threading.Lock()
    total = [0]
    errors = []

    def on_done(future):
        try:
            exc = future.exception() if not future.cancelled() else None
            if exc is not None:
                errors.append(exc)
            elif not future.cancelled():
                with lock:
                    total[0] += future.result()
        finally:
            places.release()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            payload = render(item)
            places.acquire()  # the new payload waits here, in hand
            if errors:
                break
            pool.submit(upload, payload).add_done_callback(on_done)
            del payload
        pool.shutdown(wait=True, cancel_futures=bool(errors))
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
