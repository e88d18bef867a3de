# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for room only once the deque holds more than `window` futures, so window + 1 futures are in flight.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        in_flight.append(executor.submit(fn, item))
        if len(in_flight) > window:
            results.append(in_flight.popleft().result())
    item = None
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
