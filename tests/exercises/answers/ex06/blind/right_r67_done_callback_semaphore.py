# Written from the student copy alone, without seeing the check or the solution.
# Approach: a semaphore of `window` places, taken before each submit and given back by the future's done-callback (which runs once future.done() is true); each callback stores its result at its item's position.
import threading
from concurrent.futures import CancelledError


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    places = threading.Semaphore(window)
    lock = threading.Lock()
    results = []
    errors = []

    def on_done(future, position):
        try:
            if future.cancelled():
                error = CancelledError()
            else:
                error = future.exception()
            with lock:
                if error is None:
                    results[position] = future.result()
                else:
                    errors.append(error)
        finally:
            places.release()

    count = 0
    for item in items:
        places.acquire()
        with lock:
            if errors:
                raise errors[0]
            results.append(None)
        position = count
        count += 1
        future = executor.submit(fn, item)
        future.add_done_callback(lambda done, position=position: on_done(done, position))
    # Take back every place: once all `window` are free, every future is done.
    for _ in range(window):
        places.acquire()
    if errors:
        raise errors[0]
    return results
