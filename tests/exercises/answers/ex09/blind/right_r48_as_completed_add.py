# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: fills the window with client.submit, then for each future as_completed yields takes its result, lets it go and add()s one new future.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    items = iter(items)
    results = []
    index_of = {}  # in-flight future -> its item's index

    def submit_next():
        for item in items:  # takes one item, or none when they have run out
            results.append(None)
            future = client.submit(fn, item)
            index_of[future] = len(results) - 1
            return future
        return None

    first = [f for f in (submit_next() for _ in range(window)) if f is not None]
    pending = as_completed(first)
    del first
    try:
        for future in pending:
            index = index_of.pop(future)
            results[index] = future.result()  # raises the task's own exception
            del future  # let the finished future go before taking the next item
            new = submit_next()
            if new is not None:
                pending.add(new)
                del new
    except BaseException:
        pending.clear()
        index_of.clear()
        raise
    return results
