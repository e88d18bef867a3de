# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore of `window` places, taken before submit and given back by a done-callback (run once the future is done); results read in order at the end.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    room = threading.BoundedSemaphore(window)
    failed = threading.Event()
    futures = []  # futures hold results, never items

    def give_back(future):
        # A done-callback runs after the future is marked done, never inside the task.
        if not future.cancelled() and future.exception() is not None:
            failed.set()
        room.release()

    for item in items:
        room.acquire()
        if failed.is_set():  # a task raised: stop taking items, raise it below
            room.release()
            break
        future = executor.submit(fn, item)
        del item
        future.add_done_callback(give_back)
        futures.append(future)
        del future
    # Waits for every task in order; the first one that raised raises here.
    return [future.result() for future in futures]
