# Written from the student copy alone, without seeing the check or the solution.
# WRONG: catches the task's exception and raises a new exception of the same type with the item's index added to its message, instead of that exception itself.
from collections import deque


def windowed_map(executor, fn, items, window):
    pending = deque()
    results = []

    def take():
        i, f = pending.popleft()
        try:
            results.append(f.result())
        except Exception as e:
            raise type(e)(f"item {i}: {e}") from None

    for i, item in enumerate(items):
        if len(pending) >= window:
            take()
        pending.append((i, executor.submit(fn, item)))
    while pending:
        take()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError: item 5: task 5 failed on purpose\. Hint: raise the task's own exception, not another"
