# Written from the student copy alone, without seeing the check or the solution.
# Approach: fill the window with the first `window` items, then each time the oldest future is done take exactly one more item (taken only once there is room).
from collections import deque
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    remaining = iter(items)
    in_flight = deque(executor.submit(fn, item) for item in islice(remaining, window))
    results = []
    while in_flight:
        results.append(in_flight.popleft().result())  # raises fn's exception
        for item in islice(remaining, 1):
            in_flight.append(executor.submit(fn, item))
    return results
