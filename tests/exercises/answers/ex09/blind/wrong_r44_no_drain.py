# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the items run out, without waiting for the futures still in flight, whose results stay None.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    results = []
    index_of = {}
    finished = as_completed()
    for item in items:
        if len(index_of) == window:
            future = next(finished)  # a place frees up
            results[index_of.pop(future)] = future.result()
            del future
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        finished.add(future)
        del future
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
