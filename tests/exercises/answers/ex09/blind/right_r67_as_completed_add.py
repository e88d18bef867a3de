# Written from the student copy alone, without seeing the check or the solution.
# Approach: as_completed over the first `window` futures; for each future it yields, store its result at its input index, let it go, and add() one new future for the next item.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    it = iter(items)
    results = []          # one slot per item taken, filled as its task finishes
    index_of = {}         # future in flight -> its item's index

    def submit_next(ac=None):
        try:
            item = next(it)
        except StopIteration:
            return False
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        if ac is not None:
            ac.add(future)
        return True

    for _ in range(window):
        if not submit_next():
            break
    if not index_of:
        return []

    ac = as_completed(list(index_of))
    for future in ac:
        i = index_of.pop(future)
        results[i] = future.result()   # raises the task's exception, if it raised
        del future                     # let the finished future go
        submit_next(ac)                # one back in for the one that finished
    return results
