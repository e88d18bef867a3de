# Written from the student copy alone, without seeing the check or the solution.
# WRONG: items is turned into a list first, to know its length and pre-size the results. That reads
# the whole stream up front and holds every item at once, which the notebook forbids ("it may be
# a stream too long to hold"); the window bounds the futures but not the items.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    in_flight = deque()
    for index, item in enumerate(items):
        if len(in_flight) >= window:
            done_index, future = in_flight.popleft()
            results[done_index] = future.result()
        in_flight.append((index, executor.submit(fn, item)))
    for done_index, future in in_flight:
        results[done_index] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items from the input before their tasks had finished;"
