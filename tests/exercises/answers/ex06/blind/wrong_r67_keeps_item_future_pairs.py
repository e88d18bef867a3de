# Written from the student copy alone, without seeing the check or the solution.
# Mistake: keeps every (item, future) pair in a list until the end, to build the results in order from it, so every item stays referenced.
# Breaks: "Keep no item longer than your window needs it, and none once its future has left the window: a list of `(item, future)` pairs kept to the end holds the whole stream"
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    submitted = []  # (item, future), in input order
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            in_flight.popleft().result()  # wait for room; raises fn's exception
        future = executor.submit(fn, item)
        submitted.append((item, future))
        in_flight.append(future)
    return [future.result() for item, future in submitted]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map still referred to [\d,.]+ items? whose tasks had finished, when it took an item; at most [\d,.]+ may be: the window's [\d,.]+ and one"
