# Written from the student copy alone, without seeing the check or the solution.
# Mistake: submits a group of `window` items and waits for all of them before taking the next group, so the window sits idle behind its slowest task.
# Breaks: "Refill the window as its futures finish, not once a whole group has"
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    remaining = iter(items)
    results = []
    while True:
        group = [executor.submit(fn, item) for item in islice(remaining, window)]
        if not group:
            return results
        for future in group:
            results.append(future.result())


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input and submitted no task once another task"
