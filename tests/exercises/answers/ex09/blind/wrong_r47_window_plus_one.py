# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: the first fill uses "<= window", so window + 1 futures are in flight for the whole run.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    ac = as_completed()
    for item in it:
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        ac.add(future)
        if len(index_of) > window:  # stops one too late
            break
    future = None
    for future in ac:
        results[index_of.pop(future)] = future.result()
        future = None
        for item in it:
            new = client.submit(fn, item)
            index_of[new] = len(results)
            results.append(None)
            ac.add(new)
            new = None
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once"
