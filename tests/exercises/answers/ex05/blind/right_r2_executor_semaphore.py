# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor plus a BoundedSemaphore(2 * workers): the feeding
# loop acquires (blocks) before each submit; a done-callback releases it and adds
# the result to the sum under a lock, or keeps the first exception. shutdown(wait)
# in the with-block waits for every task; the first exception is then raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    slots = threading.BoundedSemaphore(2 * workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def done(fut):
        try:
            exc = fut.exception()
            with lock:
                if exc is not None:
                    if state["error"] is None:
                        state["error"] = exc
                else:
                    state["total"] += fut.result()
        finally:
            slots.release()

    with ThreadPoolExecutor(max_workers=workers) as ex:
        for item in items:
            slots.acquire()
            ex.submit(process, item).add_done_callback(done)
            item = None
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
