# Written from the student copy alone, without seeing the check or the solution.
# Mistake: takes each finished batch's results with client.gather (as Dask's own docs do), but the client handed in has only submit.
# Breaks: "Use only `client.submit(fn, item)`: the cell at the end hands your function a client that has nothing else. Take a result with `future.result()`"
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
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
        values = client.gather(batch)      # the client has no gather
        for future, value in zip(batch, values):
            results[index_of.pop(future)] = value
        del batch, future
        for _ in values:
            item = next(it, _END)
            if item is _END:
                break
            future = client.submit(fn, item)
            index_of[future] = len(results)
            results.append(None)
            ac.add(future)
            del future
    return results


_END = object()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the client here offers only submit\(fn, item\), as the one the notebook's"
