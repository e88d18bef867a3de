# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the task's exception is replaced by a new RuntimeError naming the item, so the caller does not get the exception fn raised.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()  # (index, future)

    def result_of(index, future):
        try:
            return future.result()
        except Exception as exc:
            raise RuntimeError(f"item #{index} failed: {exc!r}") from exc

    for index, item in enumerate(items):
        if len(in_flight) >= window:
            results.append(result_of(*in_flight.popleft()))
        in_flight.append((index, executor.submit(fn, item)))
    item = None
    while in_flight:
        results.append(result_of(*in_flight.popleft()))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
