# Written from the student copy alone, without seeing the check or the solution.
# WRONG: unbounded memory. The semaphore is held only around submit() ("with sem:"), which returns at once, so it never limits how many items are taken; the executor's queue fills with every item.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    sem = threading.Semaphore(workers)
    lock = threading.Lock()
    errors = []
    total = 0

    def collect(future):
        nonlocal total
        exc = future.exception()
        with lock:
            if exc is not None:
                errors.append(exc)
            else:
                total += future.result()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            if errors:
                break
            with sem:  # released as soon as submit returns: no bound at all
                pool.submit(process, item).add_done_callback(collect)
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"held too much at once: .*with [\d,.]+ items \([\d,.]+ MiB of payload\) taken from the stream"
