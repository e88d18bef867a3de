# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task that raised is turned into a None result instead of raising its exception to the caller.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()

    def result_of(future):
        try:
            return future.result()
        except Exception:
            return None  # a failed item has no result

    for item in items:
        if len(in_flight) >= window:
            results.append(result_of(in_flight.popleft()))
        in_flight.append(executor.submit(fn, item))
    item = None
    while in_flight:
        results.append(result_of(in_flight.popleft()))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
