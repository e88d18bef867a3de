# Written from the student copy alone, without seeing the check or the solution.
# Mistake: appends each result as its future finishes, so the list is in completion order, not input order.
# Breaks: "Futures finish in any order; the results must not."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []

    first = []
    for item in it:
        first.append(client.submit(fn, item))
        if len(first) == window:
            break
    if not first:
        return []

    ac = as_completed(first)
    del first
    for future in ac:
        results.append(future.result())   # in the order they finish
        del future
        try:
            item = next(it)
        except StopIteration:
            continue
        ac.add(client.submit(fn, item))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
