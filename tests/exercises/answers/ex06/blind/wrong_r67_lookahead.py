# Written from the student copy alone, without seeing the check or the solution.
# Mistake: peeks one item ahead (to know whether another is coming) before waiting for room, so window + 2 items are taken and not finished.
# Breaks: "at most `window + 1` items are taken and not finished; the check allows exactly that."
from collections import deque

_END = object()


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    remaining = iter(items)
    results = []
    in_flight = deque()
    upcoming = next(remaining, _END)
    while upcoming is not _END:
        item, upcoming = upcoming, next(remaining, _END)
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items? from the input before their tasks had finished; the window (was|were) [\d,.]+ so at most [\d,.]+ \(the window, and one in your"
