# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task that raised gives None in the results instead of raising: the caller cannot tell a
# failed send from a send that returned None. "Keep going whatever happens on the cluster."
from collections import deque


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    in_flight = deque()
    results = []

    def take_oldest():
        future = in_flight.popleft()
        try:
            results.append(future.result())
        except Exception:
            results.append(None)

    for item in items:
        in_flight.append(client.submit(fn, item))
        if len(in_flight) >= window:  # full: make room before taking the next item
            take_oldest()
    while in_flight:
        take_oldest()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH (it waits for the oldest future, which the check names first).
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed"
