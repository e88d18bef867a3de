# Written from the student copy alone, without seeing the check or the solution.
# WRONG: walks items with len() and an index, which a generator does not support.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    n = len(items)
    results = [None] * n
    index_of = {}
    next_index = 0
    finished = as_completed()
    while next_index < min(window, n):
        future = client.submit(fn, items[next_index])
        index_of[future] = next_index
        finished.add(future)
        next_index += 1
    for future in finished:
        results[index_of.pop(future)] = future.result()
        del future
        if next_index < n:
            new = client.submit(fn, items[next_index])
            index_of[new] = next_index
            finished.add(new)
            next_index += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised TypeError: object of type 'generator' has no len\(\)"
