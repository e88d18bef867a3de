# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "items is any iterable ... walk it with iter and next, not len or an index": uses len(items) and items[i], which fails on the check's generator (TypeError: object of type 'generator' has no len()).
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    n = len(items)
    results = [None] * n
    index_of = {}
    ac = as_completed()
    next_i = 0
    while next_i < min(window, n):
        f = client.submit(fn, items[next_i])
        index_of[f] = next_i
        ac.add(f)
        next_i += 1
    for f in ac:
        results[index_of.pop(f)] = f.result()
        del f
        if next_i < n:
            nf = client.submit(fn, items[next_i])
            index_of[nf] = next_i
            ac.add(nf)
            del nf
            next_i += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised TypeError: object"
