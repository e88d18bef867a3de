# Written from the student copy alone, without seeing the check or the solution.
# WRONG: exercise 6's FIFO window: waits for the oldest future, so the window sits idle behind a slow first task.
from collections import deque


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) == window:
            results.append(in_flight.popleft().result())
        in_flight.append(client.submit(fn, item))
    while in_flight:
        results.append(in_flight.popleft().result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
