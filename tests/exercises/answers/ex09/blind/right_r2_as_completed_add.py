# Written from the student copy alone, without seeing the check or the solution.
# Approach: distributed.as_completed over the first `window` futures; each time one
# finishes, take its result, drop the future (popped from the index dict, loop variable
# rebound), then take the NEXT item and add its future to the as_completed iterator.
# Results are stored at their index, so they come back in input order. A task's
# exception is raised by future.result().
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
        value = future.result()
        del future
        results[i] = value
        try:
            item = next(iterator)
        except StopIteration:
            continue
        results.append(None)
        new = client.submit(fn, item)
        index_of[new] = len(results) - 1
        finished.add(new)
        del new
    return results
