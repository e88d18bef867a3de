# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one in the window test (> instead of >=): window + 1 futures in flight.
# Breaks: "with at most `window` futures submitted and not yet finished at any moment".
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) > window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your windowed_map had \d+ futures in flight at once \(submitted, not done\); the window was 6\."
