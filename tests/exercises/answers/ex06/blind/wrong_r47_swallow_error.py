# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task's exception is caught and turned into None in the results instead of reaching the caller.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()

    def collect(future):
        try:
            results.append(future.result())
        except Exception:
            results.append(None)  # "one failed item should not kill the batch"

    for item in items:
        if len(in_flight) >= window:
            collect(in_flight.popleft())
        in_flight.append(executor.submit(fn, item))
        del item
    while in_flight:
        collect(in_flight.popleft())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
