# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed + add(); one new item taken and submitted per finished future, results placed by a future->position dict that is popped (future let go) as soon as its result is taken.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    it = iter(items)
    results = []        # one slot per item taken, filled as its future finishes
    position = {}       # future in flight -> index of its item in results
    ac = as_completed()
    exhausted = False

    def submit_next():
        nonlocal exhausted
        if exhausted:
            return False
        try:
            item = next(it)
        except StopIteration:
            exhausted = True
            return False
        future = client.submit(fn, item)
        position[future] = len(results)
        results.append(None)
        ac.add(future)
        return True

    try:
        # fill the window
        for _ in range(window):
            if not submit_next():
                break
        # each finished future, whichever it is, frees one slot: refill it
        for future in ac:
            results[position.pop(future)] = future.result()  # raises the task's exception
            del future                                       # let it go before waiting again
            submit_next()
    finally:
        # on an error, drop the futures still in flight rather than keep them alive
        position.clear()
        ac.clear()
    return results
