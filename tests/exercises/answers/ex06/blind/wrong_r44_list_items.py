# Written from the student copy alone, without seeing the check or the solution.
# WRONG: turns `items` into a list first (to know its length), which reads the whole stream ahead instead of one item at a time and holds every item to the end.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    in_flight = deque()
    for index, item in enumerate(items):
        while len(in_flight) >= window:
            done_index, future = in_flight.popleft()
            results[done_index] = future.result()
        in_flight.append((index, executor.submit(fn, item)))
    while in_flight:
        done_index, future = in_flight.popleft()
        results[done_index] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items from the input before their tasks had finished"
