# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the exercise-6 deque window: when full, wait for the OLDEST future.
# Breaks: "Refill the window as each future finishes, whichever it is. Waiting for the
# oldest ... leaves the window idle behind a slow task".
from collections import deque


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    in_flight = deque()
    results = []
    for _ in range(window):
        try:
            in_flight.append(client.submit(fn, next(iterator)))
        except StopIteration:
            break
    while in_flight:
        results.append(in_flight.popleft().result())
        try:
            in_flight.append(client.submit(fn, next(iterator)))
        except StopIteration:
            pass
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your send_windowed submitted only \d+ more, .*: the window waited for that one future"
