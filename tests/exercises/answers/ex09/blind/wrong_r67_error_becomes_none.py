# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches a task's exception and stores None in its place, so send_windowed returns normally.
# Breaks: "If a task raises, `send_windowed` raises that exception."
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

    for _ in range(window):
        if not submit_next():
            break
    if not index_of:
        return []

    ac = as_completed(list(index_of))
    for future in ac:
        i = index_of.pop(future)
        try:
            results[i] = future.result()
        except Exception:
            results[i] = None              # a failed task just leaves a gap
        del future
        submit_next(ac)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the task of item [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\) on the worker, but send_windowed\(client, fn, items, window=[\d,.]+\)"
