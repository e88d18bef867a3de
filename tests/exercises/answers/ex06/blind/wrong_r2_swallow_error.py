# Written from the student copy alone, without seeing the check or the solution.
# Mistake: an exception raised by fn is caught and its result turned into None.
# Breaks: "If `fn` raises, `windowed_map` raises that exception."
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    def take(future):
        try:
            return future.result()
        except Exception:
            return None

    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            results.append(take(in_flight.popleft()))
        in_flight.append(executor.submit(fn, item))
    while in_flight:
        results.append(take(in_flight.popleft()))
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"PlantedError\('task 5 failed on purpose'\), but windowed_map\(.*\) returned .*: the exception was lost"
