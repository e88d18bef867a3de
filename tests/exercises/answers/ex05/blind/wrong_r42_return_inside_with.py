# Written from the student copy alone, without seeing the check or the solution.
# WRONG: wrong sum. Correct semaphore-bounded executor, but "return total" is inside the with block: total is evaluated BEFORE __exit__ waits for the last calls, so the results of the last up-to-8 items (incl. the 0.3 s one) are missing.
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

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            free.acquire()
            if errors:
                free.release()
                break
            pool.submit(process, item).add_done_callback(collect)
        if errors:
            raise errors[0]
        return total  # the bug: read before the pool has finished the last calls


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned [\d,.]+; expected the sum of process\(item\)"
