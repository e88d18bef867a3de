# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches the task's exception and puts None in its place, so one bad item does not stop the others.
# Breaks: "If `fn` raises, `windowed_map` raises that exception"
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()

    def collect_oldest():
        try:
            results.append(in_flight.popleft().result())
        except Exception:
            results.append(None)

    for item in items:
        if len(in_flight) >= window:
            collect_oldest()
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        collect_oldest()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\]"
