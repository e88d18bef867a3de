# Written from the student copy alone, without seeing the check or the solution.
# Approach: one as_completed, filled by a for loop over the items: while the window is full, next(ac) takes one finished future (result kept by index, future dropped) to make room; then drain what is left.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    ac = None
    index_of = {}
    results = []
    in_flight = 0

    def collect_one():
        future = next(ac)
        results[index_of.pop(future)] = future.result()  # raises the task's exception

    for i, item in enumerate(items):
        future = client.submit(fn, item)
        index_of[future] = i
        results.append(None)
        if ac is None:
            ac = as_completed([future])
        else:
            ac.add(future)
        del future
        in_flight += 1
        if in_flight == window:      # full: wait for one to finish before taking the next item
            collect_one()
            in_flight -= 1

    while in_flight:
        collect_one()
        in_flight -= 1
    return results
