# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor bounded by a BoundedSemaphore acquired before each submit and released in a done callback that also sums results.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    slots = threading.BoundedSemaphore(2 * workers)  # items submitted and not yet finished
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def finished(future):
        exc = future.exception()  # the future is done: this does not wait
        with lock:
            if exc is not None:
                if state["error"] is None:
                    state["error"] = exc
            else:
                state["total"] += future.result()
        slots.release()

    with ThreadPoolExecutor(max_workers=workers) as pool:  # leaving the block waits for every call and thread
        try:
            for item in items:
                slots.acquire()  # blocks until a submitted item is finished
                if state["error"] is not None:
                    slots.release()
                    break
                pool.submit(process, item).add_done_callback(finished)
                del item
        except BaseException as exc:  # the stream itself failed
            with lock:
                if state["error"] is None:
                    state["error"] = exc
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
