# Written from the student copy alone, without seeing the check or the solution.
# WRONG: turns the stream into a list first (list(items)), taking every item up front and holding all of them to the end.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)  # "so I can index it"
    results = [None] * len(items)
    in_flight = deque()
    for index in range(len(items)):
        if len(in_flight) >= window:
            done_index, future = in_flight.popleft()
            results[done_index] = future.result()
        in_flight.append((index, executor.submit(fn, items[index])))
    while in_flight:
        done_index, future = in_flight.popleft()
        results[done_index] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items from the input before their tasks had finished"
