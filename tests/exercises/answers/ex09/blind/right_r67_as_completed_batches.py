# Written from the student copy alone, without seeing the check or the solution.
# Approach: as_completed(...).batches() hands every future finished so far at once; take each one's result, drop it, and add one new future per finished one.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    it = iter(items)
    results = []
    index_of = {}

    first = []
    for item in it:
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        first.append(future)
        if len(first) == window:
            break
    if not first:
        return []

    ac = as_completed(first)
    del first, future
    for batch in ac.batches():
        while batch:
            future = batch.pop()
            results[index_of.pop(future)] = future.result()  # raises the task's exception
            del future
            item = next(it, _END)
            if item is not _END:
                future = client.submit(fn, item)
                index_of[future] = len(results)
                results.append(None)
                ac.add(future)
                del future
    return results


_END = object()
