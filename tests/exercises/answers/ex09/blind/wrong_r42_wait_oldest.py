# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "refill the window as each future finishes, whichever it is": exercise 6's FIFO window, it always waits for the oldest future, so a slow first task leaves the window idle behind it.
from collections import deque
from itertools import islice


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    queue = deque(client.submit(fn, item) for item in islice(it, window))
    results = []
    while queue:
        oldest = queue.popleft()
        results.append(oldest.result())   # blocks on the oldest even if younger ones are done
        del oldest
        for item in islice(it, 1):
            queue.append(client.submit(fn, item))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your"
