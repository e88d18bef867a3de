# Written from the student copy alone, without seeing the check or the solution.
# WRONG: forgets to wait for the futures still in the window when the stream ends, so it returns before the last tasks finished, with their results missing.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    results.extend(future.result() for future in in_flight if future.done())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished"
