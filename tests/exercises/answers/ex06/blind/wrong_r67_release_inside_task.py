# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the window's semaphore is released from inside the task (in a wrapper around fn), before its future is done, so the next item is submitted while that future still counts as in flight.
# Breaks: "give a place in the window back when the future is done, not from inside the task."
import threading
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)

    def run(item):
        try:
            return fn(item)
        finally:
            places.release()

    results = []
    in_flight = deque()
    for item in items:
        places.acquire()
        while in_flight and in_flight[0].done():
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(run, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures? in flight at once \(submitted, not done\); the window (was|were) [\d,.]+ Whatever is submitted waits in the executor's"
