# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed(...).batches(): every future finished in a batch is collected, let go, and replaced by one new submit each.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    items = iter(items)
    results = {}
    in_flight = {}
    taken = 0
    exhausted = False

    def take_one():
        nonlocal taken, exhausted
        if exhausted:
            return None
        try:
            item = next(items)
        except StopIteration:
            exhausted = True
            return None
        future = client.submit(fn, item)
        in_flight[future] = taken
        taken += 1
        return future

    tracker = as_completed()
    for _ in range(window):
        future = take_one()
        if future is None:
            break
        tracker.add(future)
    future = None
    try:
        for batch in tracker.batches():
            while batch:
                future = batch.pop()
                results[in_flight.pop(future)] = future.result()
                future = None
                replacement = take_one()
                if replacement is not None:
                    tracker.add(replacement)
                replacement = None
    except BaseException:
        tracker.clear()
        in_flight.clear()
        raise
    return [results[i] for i in range(taken)]
