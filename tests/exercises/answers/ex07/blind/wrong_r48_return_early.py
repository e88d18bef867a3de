# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sums in done-callbacks and calls shutdown(wait=False) at the end, so it returns while the last uploads are still running (and the sum misses them).
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    places = threading.Semaphore(workers)
    lock = threading.Lock()
    total = [0]
    errors = []

    def on_done(future):
        try:
            if future.exception() is not None:
                errors.append(future.exception())
            else:
                with lock:
                    total[0] += future.result()
        finally:
            places.release()

    pool = ThreadPoolExecutor(max_workers=workers)
    for item in items:
        places.acquire()
        if errors:
            break
        pool.submit(upload, render(item)).add_done_callback(on_done)
    pool.shutdown(wait=False)  # "the callbacks will finish the sum"
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned when [\d,.]+ of [\d,.]+ uploads had ended \([\d,.]+ still running\)\. Hint: wait for every upload before"
