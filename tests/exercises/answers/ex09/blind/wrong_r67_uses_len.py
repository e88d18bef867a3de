# Written from the student copy alone, without seeing the check or the solution.
# Mistake: walks the items by index with range(len(items)), which fails on the check's generator (it has no len and no indexing).
# Breaks: "walk it with `iter` and `next` (or a `for` loop), not `len` or an index."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    n = len(items)
    results = [None] * n
    index_of = {}
    nxt = 0

    while nxt < n and nxt < window:
        index_of[client.submit(fn, items[nxt])] = nxt
        nxt += 1
    if not index_of:
        return results

    ac = as_completed(list(index_of))
    for future in ac:
        results[index_of.pop(future)] = future.result()
        del future
        if nxt < n:
            new = client.submit(fn, items[nxt])
            index_of[new] = nxt
            ac.add(new)
            del new
            nxt += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised TypeError: object of type 'generator' has no len\(\)"
