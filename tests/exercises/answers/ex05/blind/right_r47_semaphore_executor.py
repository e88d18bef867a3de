# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor(workers) fed through a Semaphore(workers): a slot is acquired before the next item is taken and released by the future's done-callback, which also adds the result; leaving the with block waits for every call and thread, then the first error is re-raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    slots = threading.Semaphore(workers)
    lock = threading.Lock()
    total = 0
    errors = []

    def done(future):
        nonlocal total
        error = future.exception()
        with lock:
            if error is not None:
                errors.append(error)
            else:
                total += future.result()
        slots.release()

    iterator = iter(items)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="stream") as pool:
        while True:
            slots.acquire()  # blocks until a worker is free: backpressure
            if errors:
                slots.release()
                break
            try:
                item = next(iterator)
            except StopIteration:
                slots.release()
                break
            except BaseException:
                slots.release()
                raise  # leaving the with block still waits for the calls already running
            pool.submit(process, item).add_done_callback(done)
            del item
    if errors:
        raise errors[0]
    return total
