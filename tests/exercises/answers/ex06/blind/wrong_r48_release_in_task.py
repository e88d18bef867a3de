# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the window's Semaphore is released from inside the task when fn returns, before future.done() is True, so window + 1 futures can be in flight.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)

    def task(item):
        try:
            return fn(item)
        finally:
            places.release()  # the task is over, so its place is free... but its future is not done yet

    futures = []
    for item in items:
        places.acquire()
        futures.append(executor.submit(task, item))
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
