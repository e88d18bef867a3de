# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one spare place "for the reader": semaphore and executor sized workers + 1, so 9 calls of process run at once for workers=8.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    places = threading.BoundedSemaphore(workers + 1)
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
        places.release()

    it = iter(items)
    with ThreadPoolExecutor(max_workers=workers + 1) as pool:  # +1: the thread that reads the stream
        while True:
            places.acquire()
            if errors:
                break
            try:
                item = next(it)
            except StopIteration:
                break
            pool.submit(process, item).add_done_callback(finished)
            item = None
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream had [\d,.]+ calls of process running at once"
