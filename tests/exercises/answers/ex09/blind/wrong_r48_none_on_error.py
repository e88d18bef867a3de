# Written from the student copy alone, without seeing the check or the solution.
# WRONG: swallows a task's error: future.result() is wrapped in try/except and the failed item's result becomes None.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    for item in it:
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1
        if len(index_of) == window:
            break
    pending = as_completed(list(index_of))
    for future in pending:
        index = index_of.pop(future)
        try:
            results[index] = future.result()
        except Exception:
            results[index] = None  # keep going with the other batches
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
FAILS_WITH = r"the task of item [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\) on the worker, but"
