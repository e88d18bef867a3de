# Written from the student copy alone, without seeing the check or the solution.
# WRONG: gives the window's place back from inside the task (semaphore released in the wrapped fn), before the future is done, so more than `window` futures can be in flight.
import threading
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.BoundedSemaphore(window)

    def task(item):
        try:
            return fn(item)
        finally:
            room.release()  # the task has returned, but its future is not done yet

    futures = deque()
    results = []
    for item in items:
        room.acquire()
        futures.append(executor.submit(task, item))
        del item
        while futures and futures[0].done():
            results.append(futures.popleft().result())
    while futures:
        results.append(futures.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
