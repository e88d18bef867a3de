# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception raised by fn is caught and turned into None in the results, so it never reaches the caller.
from collections import deque


def _result_or_none(future):
    try:
        return future.result()
    except Exception:
        return None  # "one bad item should not stop the whole batch"


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = deque()
    results = []
    for item in items:
        while len(in_flight) >= window:
            results.append(_result_or_none(in_flight.popleft()))
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(_result_or_none(in_flight.popleft()))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
