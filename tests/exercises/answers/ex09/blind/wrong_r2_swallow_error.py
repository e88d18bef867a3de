# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a failed task's result becomes None (checks future.status == "error").
# Breaks: "If a task raises, `send_windowed` raises that exception."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    index_of = {}
    for _ in range(window):
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
        i = index_of.pop(future)
        results[i] = None if future.status == "error" else future.result()
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
FAILS_WITH = r"PlantedError\('task 103 failed on purpose'\) on the worker, but send_windowed\(.*\) returned .*was lost"
