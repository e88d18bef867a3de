# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results appended as futures finish, so they come back in completion order, not the order of items.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    ac = as_completed()
    for item in it:
        ac.add(client.submit(fn, item))
        if ac.count() >= window:
            break
    for future in ac:
        results.append(future.result())
        future = None
        for item in it:
            ac.add(client.submit(fn, item))
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
