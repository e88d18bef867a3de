# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed.next_batch() hands back every future finished so far; each one's result is stored by index, the future dropped, and one new item submitted in its place.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    slot = {}
    ac = None
    exhausted = False

    def refill():
        nonlocal ac, exhausted
        if exhausted:
            return
        try:
            item = next(it)
        except StopIteration:
            exhausted = True
            return
        f = client.submit(fn, item)
        slot[f] = len(results)
        results.append(None)
        if ac is None:
            ac = as_completed([f])
        else:
            ac.add(f)

    for _ in range(window):
        refill()
    if ac is None:
        return []
    while slot:
        batch = ac.next_batch(block=True)
        while batch:
            f = batch.pop()
            results[slot.pop(f)] = f.result()
            del f
            refill()
        del batch
    return results
