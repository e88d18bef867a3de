# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits a group of window items and waits for the whole group (distributed.wait) before the next group.
from itertools import islice

from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    while True:
        group = [client.submit(fn, item) for item in islice(it, window)]
        if not group:
            return results
        wait(group)
        results.extend(f.result() for f in group)
        group = None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though"
