# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor + BoundedSemaphore acquired BEFORE taking the next item, released in a done-callback that also adds the result; no futures kept; leaving the with block joins the threads, then the first error is raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    free = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    errors = []
    total = 0

    def collect(future):
        nonlocal total
        try:
            exc = future.exception()
            with lock:
                if exc is not None:
                    errors.append(exc)
                else:
                    total += future.result()
        finally:
            free.release()

    it = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while not errors:
            free.acquire()  # wait (blocking) until a worker is free
            if errors:
                free.release()
                break
            try:
                item = next(it)  # take the next item only now
            except StopIteration:
                free.release()
                break
            pool.submit(process, item).add_done_callback(collect)
            item = None
    # the with block waited for every call and ended every thread
    if errors:
        raise errors[0]
    return total
