# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor(workers) fed by the caller, a BoundedSemaphore(workers) acquired before each submit and released when its future is done; the with block waits for all.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    slots = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def finished(future):
        try:
            error = future.exception()
            with lock:
                if error is not None:
                    if state["error"] is None:
                        state["error"] = error
                else:
                    state["total"] += future.result()
        finally:
            slots.release()  # the slot is free: the caller may take the next item

    with ThreadPoolExecutor(max_workers=workers) as pool:  # leaving it joins every thread
        try:
            for item in items:
                slots.acquire()  # blocks until a worker is free: backpressure
                with lock:
                    stop = state["error"] is not None
                if stop:
                    slots.release()
                    break
                pool.submit(process, item).add_done_callback(finished)
                del item
        except BaseException as error:  # the stream failed: keep it for after the with block
            with lock:
                if state["error"] is None:
                    state["error"] = error
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
