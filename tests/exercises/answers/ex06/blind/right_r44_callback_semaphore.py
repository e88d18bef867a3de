# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Semaphore of `window` places, taken before each submit and given back by the future's done callback (so only once future.done()); results written by index.
import functools
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    room = threading.Semaphore(window)
    lock = threading.Lock()
    results = []
    errors = []

    def on_done(index, future):
        # A done callback runs after the future is marked done.
        try:
            error = future.exception()
            with lock:
                if error is None:
                    results[index] = future.result()
                else:
                    errors.append(error)
        finally:
            room.release()

    index = 0
    item = None
    for item in items:
        room.acquire()
        with lock:
            if errors:
                error = errors[0]
            else:
                error = None
                results.append(None)
        if error is not None:
            room.release()
            raise error
        future = executor.submit(fn, item)
        item = None
        future.add_done_callback(functools.partial(on_done, index))
        future = None
        index += 1
    item = None
    # Every place back means every future is done.
    for _ in range(window):
        room.acquire()
    for _ in range(window):
        room.release()
    with lock:
        if errors:
            raise errors[0]
        return list(results)
