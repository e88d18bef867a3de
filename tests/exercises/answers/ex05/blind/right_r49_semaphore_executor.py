# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor of `workers` threads behind a BoundedSemaphore of `workers` places, acquired before taking an item and released by the future's done-callback; the with block joins before the error is raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    places = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    total = [0]
    errors = []

    def finished(future):
        exc = future.exception()
        with lock:
            if exc is not None:
                errors.append(exc)
            else:
                total[0] += future.result()
        places.release()  # after the error is recorded, so the loop below sees it

    it = iter(items)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="stream") as pool:
        while True:
            places.acquire()  # blocks until a call has ended: the next item waits in the stream
            if errors:
                break
            try:
                item = next(it)
            except StopIteration:
                break
            pool.submit(process, item).add_done_callback(finished)
            item = None
    # leaving the with block waited for every call and every thread
    if errors:
        raise errors[0]
    return total[0]
