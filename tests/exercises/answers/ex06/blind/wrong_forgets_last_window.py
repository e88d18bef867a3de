# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns without collecting the futures still in the window when items run out: the last
# `window` results are missing and their tasks may still be running when the function returns.
# The loop "looks finished" because every item was submitted.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = deque()
    results = []
    for item in items:
        in_flight.append(executor.submit(fn, item))
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+"
