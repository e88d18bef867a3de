# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits `window` items, waits for the whole group (ALL_COMPLETED), then starts the next group, so a slow task leaves its group's places empty.
from concurrent.futures import wait
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    while True:
        group = [executor.submit(fn, item) for item in islice(iterator, window)]
        if not group:
            return results
        wait(group)
        results.extend(future.result() for future in group)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input"
