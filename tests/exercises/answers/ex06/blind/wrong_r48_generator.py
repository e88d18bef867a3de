# Written from the student copy alone, without seeing the check or the solution.
# WRONG: written as a generator (yield), so the call returns at once before any work runs and items are taken from the stream after it has returned.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        yield in_flight.popleft().result()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map never ran more than one task at once"
