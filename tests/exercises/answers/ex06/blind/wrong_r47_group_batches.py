# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits the items a group of `window` at a time and waits for the whole group before the next, instead of refilling a freed place at once.
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    while True:
        group = [executor.submit(fn, item) for item in islice(iterator, window)]
        if not group:
            return results
        results.extend(future.result() for future in group)  # the slowest of the group holds up the next


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input"
