# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a deque of futures in submission order; when it holds `window`, wait for the oldest (result()), so results come out in input order.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            # result() returns only once the future is done: that frees its place.
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
        del item  # the future does not refer to its item; neither do we
    while in_flight:
        results.append(in_flight.popleft().result())
    return results
