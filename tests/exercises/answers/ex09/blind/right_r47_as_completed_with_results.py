# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed(with_results=True) yields (future, result) and raises a task's error; results kept by future.key in a dict, one item submitted per finished future.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    source = iter(items)
    place = {}  # future key -> index
    by_index = {}
    count = 0
    tracker = None

    def submit_one():
        nonlocal count, tracker
        item = next(source, _END)
        if item is _END:
            return False
        future = client.submit(fn, item)
        place[future.key] = count
        count += 1
        if tracker is None:
            tracker = as_completed([future], with_results=True)
        else:
            tracker.add(future)
        return True

    for _ in range(window):
        if not submit_one():
            break
    if tracker is None:
        return []
    for future, result in tracker:  # raises the task's exception when it failed
        by_index[place.pop(future.key)] = result
        del future, result
        submit_one()
    return [by_index[i] for i in range(count)]


_END = object()
