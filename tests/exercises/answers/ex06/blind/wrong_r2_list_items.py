# Written from the student copy alone, without seeing the check or the solution.
# Mistake: turns `items` into a list first (to know its length), reading the whole stream
# before submitting anything. The window of futures itself is right.
# Breaks: "Read `items` one at a time, as you submit: it may be a stream too long to hold."
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    in_flight = deque()
    for i, item in enumerate(items):
        if len(in_flight) >= window:
            j, future = in_flight.popleft()
            results[j] = future.result()
        in_flight.append((i, executor.submit(fn, item)))
    while in_flight:
        j, future = in_flight.popleft()
        results[j] = future.result()
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your windowed_map took \d+ items from the input before their tasks had finished; the window was 6"
