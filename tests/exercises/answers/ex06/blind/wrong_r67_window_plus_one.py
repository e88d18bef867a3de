# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one: the window is pre-filled with `window + 1` futures, so one future too many is in flight.
# Breaks: "with at most `window` futures submitted and not yet finished at any moment"
from collections import deque
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    remaining = iter(items)
    # the one I wait for below is finishing anyway, so I let one more in
    in_flight = deque(executor.submit(fn, item) for item in islice(remaining, window + 1))
    results = []
    while in_flight:
        results.append(in_flight.popleft().result())
        for item in islice(remaining, 1):
            in_flight.append(executor.submit(fn, item))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures? in flight at once \(submitted, not done\); the window (was|were) [\d,.]+ Whatever is submitted waits in the executor's"
