# Written from the student copy alone, without seeing the check or the solution.
# WRONG: takes each result with client.gather, which the final cell's client does not have (only client.submit may be used).
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = []
    index_of = {}
    finished = as_completed()

    def submit_next():
        for item in items:
            future = client.submit(fn, item)
            index_of[future] = len(results)
            results.append(None)
            finished.add(future)
            return

    for _ in range(window):
        submit_next()
    for future in finished:
        results[index_of.pop(future)] = client.gather(future)
        del future
        submit_next()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the client here offers only submit\(fn,"
