# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads results with client.gather, which the notebook forbids (only client.submit); the lab's client has no gather.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    ac = as_completed()

    def submit_one():
        for item in it:
            future = client.submit(fn, item)
            index_of[future] = len(results)
            results.append(None)
            ac.add(future)
            return

    for _ in range(window):
        submit_one()
    for batch in ac.batches():
        for future, value in zip(batch, client.gather(batch)):
            results[index_of.pop(future)] = value
        batch = future = None
        for _ in range(len(index_of), window):
            submit_one()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the client here offers only submit\(fn,"
