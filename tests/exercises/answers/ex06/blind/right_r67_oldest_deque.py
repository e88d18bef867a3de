# Written from the student copy alone, without seeing the check or the solution.
# Approach: a deque of at most `window` futures in submission order; when it is full, wait for the oldest one, so results come out in input order.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            # result() waits until the future is done, and raises fn's exception if it raised.
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results
