# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: fills the window with islice, then for each further item waits for the oldest future before submitting it.
from collections import deque
from concurrent.futures import wait
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    it = iter(items)
    pending = deque(executor.submit(fn, item) for item in islice(it, window))
    results = []
    try:
        for item in it:
            results.append(pending.popleft().result())
            pending.append(executor.submit(fn, item))
            del item
        while pending:
            results.append(pending.popleft().result())
    finally:
        wait(pending)
    return results
