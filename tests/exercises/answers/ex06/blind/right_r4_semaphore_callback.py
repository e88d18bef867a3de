# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore of `window` permits, taken before each submit and given back by a done-callback, then the results read from the futures in order.
import threading
from concurrent.futures import wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    slots = threading.BoundedSemaphore(window)
    futures = []
    for item in items:
        slots.acquire()
        future = executor.submit(fn, item)
        future.add_done_callback(lambda f: slots.release())
        futures.append(future)
    wait(futures)
    return [f.result() for f in futures]
