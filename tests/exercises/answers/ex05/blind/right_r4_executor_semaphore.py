# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: keeps ThreadPoolExecutor(max_workers=workers) but bounds what is
# submitted: a semaphore of 2 x workers permits is taken before each submit and
# given back by the future's done callback, which also adds the result to the
# total. No future is kept, so memory stays flat. The executor's `with` waits
# for every task before the first error is raised; after an error no more items
# are read.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    permits = threading.Semaphore(2 * workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def finished(future):
        try:
            exc = future.exception()
            with lock:
                if exc is not None:
                    if state["error"] is None:
                        state["error"] = exc
                else:
                    state["total"] += future.result()
        finally:
            permits.release()

    with ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            permits.acquire()  # blocks: the consumer sets the pace
            if state["error"] is not None:
                permits.release()
                break
            executor.submit(process, item).add_done_callback(finished)
            del item
    # Leaving the with block waited for every submitted task.
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
