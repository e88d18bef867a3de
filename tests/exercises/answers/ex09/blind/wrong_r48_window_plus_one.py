# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bound exceeded by one: the first fill loops while len(in_flight) <= window, so window + 1 futures are in flight.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    while len(index_of) <= window:
        item = next(it, None)
        if item is None:
            break
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1
    pending = as_completed(list(index_of))
    for future in pending:
        results[index_of.pop(future)] = future.result()
        del future
        item = next(it, None)
        if item is not None:
            results.append(None)
            new = client.submit(fn, item)
            index_of[new] = len(results) - 1
            pending.add(new)
            del new
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once"
