# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses client.gather on each batch (as in Dask's batches() example) where only client.submit is allowed; the lab's client has no gather.
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
    tracker = as_completed(list(index_of))
    for batch in tracker.batches():
        values = client.gather(batch)
        for future, value in zip(batch, values):
            results[index_of.pop(future)] = value
            item = next(it, None)
            if item is not None:
                results.append(None)
                new = client.submit(fn, item)
                index_of[new] = len(results) - 1
                tracker.add(new)
                del new
        del batch, values
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the client here offers only submit\(fn,"
