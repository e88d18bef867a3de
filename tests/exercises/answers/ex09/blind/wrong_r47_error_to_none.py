# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a failed task's exception is caught around future.result() and stored as None, so send_windowed never raises.
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
    for future in ac:
        index = index_of.pop(future)
        try:
            results[index] = future.result()
        except Exception:
            results[index] = None
        future = None
        submit_one()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the task of item [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\) on the worker, but"
