# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no window at all: every item submitted at once (window ignored), then results read in order.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    futures = [client.submit(fn, item) for item in items]
    for _ in as_completed(futures):
        pass
    return [f.result() for f in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once"
