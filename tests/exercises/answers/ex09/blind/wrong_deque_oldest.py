# Written from the student copy alone, without seeing the check or the solution.
# Judged WRONG by the course, though written as right: exercise 9 asks for a window refilled as each
# future finishes, whichever it is, and its notebook now says that waiting for the oldest (which
# exercise 6 allows) leaves the window idle behind a slow task; the check makes its first task slow.
# The author's comment follows.
# Right: a deque of futures in submission order; when the window is full, wait for the OLDEST one
# (future.result() blocks until it is finished) before taking the next item. Order comes for free;
# a slow task at the head keeps the window from refilling until it is done.
from collections import deque


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    in_flight = deque()
    results = []
    items = iter(items)
    while True:
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        item = next(items, _END)
        if item is _END:
            break
        in_flight.append(client.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


_END = object()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed"
