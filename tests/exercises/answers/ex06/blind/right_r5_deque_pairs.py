# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG; RIGHT by the copy as it now reads: a deque of (item, future) pairs popped oldest-first, so an item stays referred to only while its future is in the window.
from collections import deque
from concurrent.futures import wait


def windowed_map(executor, fn, items, window):
    results = []
    pending = deque()
    try:
        for item in items:
            if len(pending) >= window:
                _, oldest = pending.popleft()
                results.append(oldest.result())
            pending.append((item, executor.submit(fn, item)))
        while pending:
            _, oldest = pending.popleft()
            results.append(oldest.result())
    except BaseException:
        wait([f for _, f in pending])
        raise
    return results
