# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits a group of `window` items and waits for the whole group before taking the next, so one slow task leaves the freed places empty.
from concurrent.futures import wait
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    it = iter(items)
    results = []
    while True:
        group = [executor.submit(fn, item) for item in islice(it, window)]
        if not group:
            break
        wait(group)  # the whole group
        results.extend(future.result() for future in group)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input"
