# Written from the student copy alone, without seeing the check or the solution.
# WRONG: collects results as they finish and sorts them by value, which is not the order of items.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    first = []
    for item in items:
        first.append(client.submit(fn, item))
        if len(first) == window:
            break
    if not first:
        return results
    finished = as_completed(first)
    del first
    for future in finished:
        results.append(future.result())
        del future
        for item in items:
            finished.add(client.submit(fn, item))
            break
    return sorted(results)  # "keep the results in order"


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
