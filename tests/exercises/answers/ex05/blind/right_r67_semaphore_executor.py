# Written from the student copy alone, without seeing the check or the solution.
# Approach: ThreadPoolExecutor(workers) fed one item per free slot: a semaphore acquired before taking each item, released by the task's done-callback.
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
    with ThreadPoolExecutor(max_workers=workers) as pool:  # leaving the block waits for every task and thread
        while True:
            slots.acquire()  # blocks until a worker is free
            with lock:
                if errors:
                    break
            try:
                item = next(iterator)
            except StopIteration:
                break
            pool.submit(process, item).add_done_callback(finished)
            del item
    if errors:
        raise errors[0]
    return total
