# Written from the student copy alone, without seeing the check or the solution.
# WRONG: catches the task's exception and raises a new RuntimeError naming the item instead of the exception fn raised.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = deque()
    results = []
    position = 0

    def collect():
        nonlocal position
        try:
            results.append(in_flight.popleft().result())
        except Exception as error:
            raise RuntimeError(f"windowed_map: item {position} failed: {error!r}") from error
        position += 1

    for item in items:
        while len(in_flight) >= window:
            collect()
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        collect()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
