# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the last item is submitted (shutdown(wait=False)), with the sum of the calls ended so far, before the last calls have ended.
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
        places.release()

    pool = ThreadPoolExecutor(max_workers=workers)
    for item in items:
        places.acquire()
        if errors:
            break
        pool.submit(process, item).add_done_callback(finished)
        item = None
    pool.shutdown(wait=False)  # everything is submitted: no need to wait
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+ still being processed\)\. Hint:"
