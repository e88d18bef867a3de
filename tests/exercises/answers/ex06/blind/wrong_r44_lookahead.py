# Written from the student copy alone, without seeing the check or the solution.
# WRONG: peeks at the next item (to know whether the current one is the last) before waiting for room, so window + 2 items are taken and not finished, one more than allowed.
from collections import deque

_END = object()


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    in_flight = deque()
    results = []
    upcoming = next(iterator, _END)
    while upcoming is not _END:
        item, upcoming = upcoming, next(iterator, _END)
        while len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
        item = None
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items from the input before their tasks had finished"
