# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor of `workers` threads runs render+upload as one task; a Semaphore taken before each submit and released by the done callback bounds the tasks queued, and a lock-guarded total replaces any list of futures.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    room = threading.Semaphore(2 * workers)  # tasks submitted and not done: items only, payloads are made inside
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def render_and_upload(item):
        with lock:
            if state["error"] is not None:
                return 0  # stop starting uploads once one failed
        payload = render(item)
        size = upload(payload)
        return size

    def on_done(future):
        try:
            if future.cancelled():
                return
            error = future.exception()
            with lock:
                if error is None:
                    state["total"] += future.result()
                elif state["error"] is None:
                    state["error"] = error
        finally:
            room.release()

    executor = ThreadPoolExecutor(max_workers=workers)
    try:
        for item in items:
            room.acquire()
            with lock:
                failed = state["error"] is not None
            if failed:
                room.release()
                break
            executor.submit(render_and_upload, item).add_done_callback(on_done)
            item = None
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    # Every upload ends before we return or raise; after a failure, drop the queued ones.
    with lock:
        failed = state["error"] is not None
    executor.shutdown(wait=True, cancel_futures=failed)
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
