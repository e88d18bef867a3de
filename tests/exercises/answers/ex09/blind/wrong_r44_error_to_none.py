# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task's exception is caught and its result recorded as None instead of reaching the caller.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    index_of = {}
    finished = as_completed()
    for item in items:
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        finished.add(future)
        del future
        if len(index_of) == window:
            break
    for future in finished:
        position = index_of.pop(future)
        try:
            results[position] = future.result()
        except Exception:
            results[position] = None  # one failed batch should not stop the others
        del future
        for item in items:
            new = client.submit(fn, item)
            index_of[new] = len(results)
            results.append(None)
            finished.add(new)
            del new
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the task of item [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\) on the worker, but"
