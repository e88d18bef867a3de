# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception raised by fn is caught and turned into None in the results, so the caller
# never learns that an item failed. A student writes it "so one bad item does not stop the rest".
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = deque()
    results = []

    def take_oldest():
        try:
            results.append(in_flight.popleft().result())
        except Exception:
            results.append(None)

    for item in items:
        in_flight.append(executor.submit(fn, item))
        if len(in_flight) >= window:
            take_oldest()
    while in_flight:
        take_oldest()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but"
