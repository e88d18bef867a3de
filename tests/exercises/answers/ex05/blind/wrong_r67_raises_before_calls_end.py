# Written from the student copy alone, without seeing the check or the solution.
# Mistake: on the first error it shuts the executor down with wait=False and raises at once, while the other calls are still running.
# Breaks: "If `process` raises, `process_stream` raises that exception, once no call of `process` is running and every thread it started has ended."
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    slots = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    total = 0
    errors = []

    def finished(future):
        nonlocal total
        error = future.exception()
        with lock:
            if error is not None:
                errors.append(error)
            else:
                total += future.result()
        slots.release()

    iterator = iter(items)
    pool = ThreadPoolExecutor(max_workers=workers)
    while True:
        slots.acquire()  # blocks until a worker is free
        with lock:
            if errors:
                pool.shutdown(wait=False, cancel_futures=True)  # fail fast
                raise errors[0]
        try:
            item = next(iterator)
        except StopIteration:
            break
        pool.submit(process, item).add_done_callback(finished)
        del item
    pool.shutdown(wait=True)
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+ on purpose'\), and process_stream\(items, process, workers\) raised it while [\d,.]+ of the"
