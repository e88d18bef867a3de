# Written from the student copy alone, without seeing the check or the solution.
# Mistake: keeps the futures in a FIFO and always waits for the oldest one (as exercise 6 allowed), so a slow first task holds the window while the others sit finished.
# Breaks: "Refill the window as each future finishes, whichever it is."
from collections import deque

from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    queue = deque()

    for item in it:
        queue.append(client.submit(fn, item))
        if len(queue) == window:
            break

    while queue:
        oldest = queue[0]
        wait([oldest])                     # the oldest, not whichever finishes first
        queue.popleft()
        results.append(oldest.result())
        del oldest
        try:
            item = next(it)
        except StopIteration:
            continue
        queue.append(client.submit(fn, item))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though the worker's other thread"
