# Written from the student copy alone, without seeing the check or the solution.
# WRONG: collects results as futures finish, then sorts them by value to "put them back in order"; results are not increasing in the items, so this is not input order.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    pending = set()
    results = []
    for item in items:
        while len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        pending.add(executor.submit(fn, item))
    done, _ = wait(pending)
    results.extend(future.result() for future in done)
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
