# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG; RIGHT by the copy (an item your window still holds is fine): a deque of at most `window` (item, future) pairs, the oldest collected first.
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    pending = deque()
    results = []
    for item in items:
        if len(pending) >= window:
            _, oldest = pending[0]
            results.append(oldest.result())
            pending.popleft()
        pending.append((item, executor.submit(fn, item)))
    while pending:
        _, oldest = pending[0]
        results.append(oldest.result())
        pending.popleft()
    return results
