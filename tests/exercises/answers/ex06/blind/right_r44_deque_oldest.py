# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a deque of futures; when it holds `window` futures, wait for the oldest (result() returns once it is done) and append its result, so results come out in input order.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    in_flight = deque()  # futures only: a future does not keep its item
    results = []
    item = None
    for item in items:
        # Holding this one item while waiting for room: window + 1 taken at most.
        while len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    item = None  # let go of the last item
    while in_flight:
        results.append(in_flight.popleft().result())
    return results
