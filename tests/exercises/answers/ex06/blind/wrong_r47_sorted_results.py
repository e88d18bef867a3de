# Written from the student copy alone, without seeing the check or the solution.
# WRONG: collects results in completion order and then sorts them, which is input order only when results rise with the items.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = set()
    for item in items:
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        pending.add(executor.submit(fn, item))
        del item
    done, _ = wait(pending)
    results.extend(future.result() for future in done)
    return sorted(results)  # "put them back in order"


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
