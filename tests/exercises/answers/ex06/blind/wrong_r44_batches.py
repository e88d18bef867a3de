# Written from the student copy alone, without seeing the check or the solution.
# Kept as a right answer until the check counted refills: the copy now asks that a place freed be
# refilled at once, and the check makes one task slow and counts what starts meanwhile, so it fails.
# WRONG: submits the items in groups of `window` and waits for the whole group before taking the next, instead of refilling a freed place at once (one slow task idles the window).
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    while True:
        batch = [executor.submit(fn, item) for item in islice(iterator, window)]
        if not batch:
            return results
        results.extend(future.result() for future in batch)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input"
