# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for the oldest future (a FIFO deque, as exercise 6 allowed), so the window stays idle behind a slow first task.
from collections import deque

_END = object()


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    in_flight = deque()
    while True:
        while len(in_flight) < window:
            item = next(it, _END)
            if item is _END:
                break
            in_flight.append(client.submit(fn, item))
        if not in_flight:
            return results
        results.append(in_flight.popleft().result())  # the oldest, whatever finished first


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though"
