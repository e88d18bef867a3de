# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits `window` items, waits for ALL of them, then the next `window`. The bound and the
# order hold, but the window is not "refilled as futures finish": each chunk waits for its slowest
# task while the threads that finished early sit idle.
from itertools import islice


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    while chunk := [client.submit(fn, item) for item in islice(items, window)]:
        results.extend(future.result() for future in chunk)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed"
