# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Semaphore of `window` places, acquired before each submit and released by the future's done-callback; results stored by index, errors re-raised.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)
    results = []
    errors = []

    def make_callback(index):
        def on_done(future):
            try:
                exc = future.exception()
                if exc is not None:
                    errors.append(exc)
                else:
                    results[index] = future.result()
            finally:
                places.release()  # the future is done: its place goes back
        return on_done

    for index, item in enumerate(items):
        places.acquire()
        if errors:
            raise errors[0]
        results.append(None)
        future = executor.submit(fn, item)
        del item
        future.add_done_callback(make_callback(index))
        del future
    for _ in range(window):  # every place back: every future is done
        places.acquire()
    if errors:
        raise errors[0]
    return results
