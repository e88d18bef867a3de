# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG; RIGHT by the copy as it now reads: when a task raises, its exception leaves at once, the window's other futures left to the caller's executor.
from collections import deque


def windowed_map(executor, fn, items, window):
    results = []
    pending = deque()
    for item in items:
        if len(pending) >= window:
            results.append(pending.popleft().result())
        pending.append(executor.submit(fn, item))
    while pending:
        results.append(pending.popleft().result())
    return results
