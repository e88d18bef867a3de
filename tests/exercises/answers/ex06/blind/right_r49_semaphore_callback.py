# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore of `window` places, acquired before taking an item and released by the future's done-callback (the future is done then), which also stores the result at its index; at the end all places are taken back.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.BoundedSemaphore(window)
    lock = threading.Lock()
    results = []
    errors = []

    def on_done(index, future):
        exc = future.exception()
        with lock:
            if exc is not None:
                errors.append(exc)
            else:
                results[index] = future.result()
        places.release()

    it = iter(items)
    while True:
        places.acquire()  # a place in the window before the next item is taken
        if errors:
            raise errors[0]
        try:
            item = next(it)
        except StopIteration:
            places.release()
            break
        with lock:
            index = len(results)
            results.append(None)
        try:
            future = executor.submit(fn, item)
        except BaseException:
            places.release()
            raise
        item = None
        future.add_done_callback(lambda f, index=index: on_done(index, f))
        future = None
    for _ in range(window):  # every place back: every future is done
        places.acquire()
    for _ in range(window):
        places.release()
    if errors:
        raise errors[0]
    return results
