# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: distributed.as_completed with add(): each finished future is taken, let go, and replaced by the next item's at once; results placed by index.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    index_of = {}  # in-flight future -> position of its item
    done = object()

    def submit_next():
        item = next(items, done)
        if item is done:
            return None
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        return future

    first = []
    for _ in range(window):
        future = submit_next()
        if future is None:
            break
        first.append(future)
    if not first:
        return results

    finished = as_completed(first)
    del first
    try:
        for future in finished:
            results[index_of.pop(future)] = future.result()  # raises the task's own exception
            del future  # let it go: the worker may drop its result
            refill = submit_next()
            if refill is not None:
                finished.add(refill)
                del refill
    except BaseException:
        for future in index_of:
            future.cancel()
        finished.clear()
        index_of.clear()
        raise
    return results
