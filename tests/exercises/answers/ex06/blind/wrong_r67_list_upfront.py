# Written from the student copy alone, without seeing the check or the solution.
# Mistake: turns `items` into a list first (to know its length), reading the whole stream before submitting anything.
# Breaks: "Read `items` one at a time, as you submit: it may be a stream too long to hold."
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items? from the input before their tasks had finished; the window (was|were) [\d,.]+ so at most [\d,.]+ \(the window, and one in your"
