# Written from the student copy alone, without seeing the check or the solution.
# Mistake: fills the window with range(window + 1), so one future more than the window is in flight.
# Breaks: "with at most `window` futures submitted and not yet finished at any moment"
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}

    def submit_next(ac=None):
        try:
            item = next(it)
        except StopIteration:
            return False
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        if ac is not None:
            ac.add(future)
        return True

    for _ in range(window + 1):
        if not submit_next():
            break
    if not index_of:
        return []

    ac = as_completed(list(index_of))
    for future in ac:
        i = index_of.pop(future)
        results[i] = future.result()
        del future
        submit_next(ac)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures? in flight at once; the window (was|were) [\d,.]+ Every future the client holds keeps its result on a worker, so memory"
