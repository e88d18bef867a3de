# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed(with_results=True) hands (future, result) pairs and raises a task's error itself; one add() per finished future.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    source = enumerate(items)
    slots = {}  # future -> index
    results = {}

    def submit(pair):
        index, item = pair
        future = client.submit(fn, item)
        slots[future] = index
        return future

    stream = as_completed(with_results=True)
    for pair in source:
        stream.add(submit(pair))
        if len(slots) == window:
            break
    try:
        for future, value in stream:
            results[slots.pop(future)] = value
            del future, value
            pair = next(source, None)
            if pair is not None:
                stream.add(submit(pair))
            pair = None
    except BaseException:
        stream.clear()
        slots.clear()
        raise
    return [results[i] for i in sorted(results)]
