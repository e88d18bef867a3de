# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for the oldest future (FIFO deque, as exercise 6 allowed), so the window sits idle behind a slow first task.
from collections import deque


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    queue = deque()
    results = []
    for item in it:
        queue.append(client.submit(fn, item))
        if len(queue) == window:
            break
    while queue:
        oldest = queue.popleft()
        results.append(oldest.result())
        oldest = None
        for item in it:
            queue.append(client.submit(fn, item))
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though"
