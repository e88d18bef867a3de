# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results in completion order: each result is appended as as_completed yields it, not put back at its item's place.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    first = []
    for item in it:
        first.append(client.submit(fn, item))
        if len(first) == window:
            break
    pending = as_completed(first)
    del first
    results = []
    for future in pending:
        results.append(future.result())
        del future
        item = next(it, None)
        if item is not None:
            pending.add(client.submit(fn, item))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
