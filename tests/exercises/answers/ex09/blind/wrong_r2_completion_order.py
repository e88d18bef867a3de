# Written from the student copy alone, without seeing the check or the solution.
# Mistake: as_completed window refilled correctly, but results appended in completion order.
# Breaks: "Futures finish in any order; the results must not." / "in the order of `items`".
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    first = []
    for _ in range(window):
        try:
            first.append(client.submit(fn, next(iterator)))
        except StopIteration:
            break
    if not first:
        return []
    finished = as_completed(first)
    del first
    results = []
    for future in finished:
        results.append(future.result())
        try:
            finished.add(client.submit(fn, next(iterator)))
        except StopIteration:
            pass
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"send_windowed returned \[[^\]]*\] \(24 items\); expected .*\. Yours are the right results, in another order; the first difference is at index \d+"
