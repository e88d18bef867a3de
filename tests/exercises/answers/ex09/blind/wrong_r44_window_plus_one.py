# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: the first fill uses <= window, so window + 1 futures are in flight at once.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    index_of = {}
    finished = as_completed()

    def submit_next():
        for item in items:
            future = client.submit(fn, item)
            index_of[future] = len(results)
            results.append(None)
            finished.add(future)
            return True
        return False

    while len(index_of) <= window and submit_next():
        pass
    for future in finished:
        results[index_of.pop(future)] = future.result()
        del future
        submit_next()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once"
