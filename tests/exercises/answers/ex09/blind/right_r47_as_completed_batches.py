# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed(...).batches() hands over every future finished so far; each one's result is stored at its index and one new item submitted per finished future.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    source = iter(items)
    results = []
    index_of = {}

    def submit_next(tracker):
        for item in source:  # takes at most one item
            future = client.submit(fn, item)
            index_of[future] = len(results)
            results.append(None)
            tracker.add(future)
            return True
        return False

    tracker = None
    for item in source:  # first item: build the tracker around its future
        future = client.submit(fn, item)
        index_of[future] = 0
        results.append(None)
        tracker = as_completed([future])
        del future
        break
    if tracker is None:
        return []
    while len(index_of) < window and submit_next(tracker):
        pass

    for batch in tracker.batches():
        count = len(batch)
        while batch:
            future = batch.pop()
            results[index_of.pop(future)] = future.result()
            del future
        for _ in range(count):
            if not submit_next(tracker):
                break
    return results
