# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the window's place is given back from inside the task (a semaphore released when fn returns), before the future is done, so more than `window` futures are briefly in flight.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.BoundedSemaphore(window)

    def task(item):
        try:
            return fn(item)
        finally:
            places.release()  # the task is over: its place is free

    futures = []
    for item in items:
        places.acquire()
        futures.append(executor.submit(task, item))
    item = None
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
