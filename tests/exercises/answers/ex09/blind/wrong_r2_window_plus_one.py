# Written from the student copy alone, without seeing the check or the solution.
# Mistake: fills the window with window + 1 futures (range(window + 1): "one spare so the
# cluster is never idle"), then refills one for one.
# Breaks: "with at most `window` futures submitted and not yet finished at any moment".
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    index_of = {}
    for _ in range(window + 1):
        try:
            item = next(iterator)
        except StopIteration:
            break
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1
    if not index_of:
        return results
    finished = as_completed(list(index_of))
    for future in finished:
        results[index_of.pop(future)] = future.result()
        try:
            item = next(iterator)
        except StopIteration:
            continue
        results.append(None)
        new = client.submit(fn, item)
        index_of[new] = len(results) - 1
        finished.add(new)
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your send_windowed had \d+ futures in flight at once; the window was 4\."
