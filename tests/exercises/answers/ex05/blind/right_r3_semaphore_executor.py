# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: concurrent.futures.ThreadPoolExecutor kept, bounded by a semaphore: the calling thread acquires
# a permit before it takes the next item, and each task releases it when done (a done-callback), so at
# most 2 * workers items are submitted and unfinished. The callback adds the result to a running total,
# so no Future is kept (100,000 of them would be memory too). After the first error no more items are
# taken; shutdown(wait=True) waits for the running calls before the error is raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    permits = threading.BoundedSemaphore(2 * workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}
    iterator = iter(items)
    end = object()

    def finished(future):
        error = future.exception()
        with lock:
            if error is not None:
                if state["error"] is None:
                    state["error"] = error
            else:
                state["total"] += future.result()
        permits.release()

    with ThreadPoolExecutor(max_workers=workers) as executor:
        while True:
            permits.acquire()  # blocks until a task has finished: the backpressure
            with lock:
                failed = state["error"] is not None
            if failed:
                break
            item = next(iterator, end)
            if item is end:
                break
            executor.submit(process, item).add_done_callback(finished)
            del item
    # the with block has waited for every submitted call
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
