# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a deque of at most `window` futures in submission order; when it is full, wait for the oldest and append its result, so results come out in input order.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())  # raises fn's exception, if any
        in_flight.append(executor.submit(fn, item))
    item = None
    while in_flight:
        results.append(in_flight.popleft().result())
    return results
