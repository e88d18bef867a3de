# Written from the student copy alone, without seeing the check or the solution.
# WRONG: takes the next item before a future has finished (look-ahead to know whether items remain), one item more than the window held unfinished.
from distributed import as_completed

_END = object()


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    upcoming = next(it, _END)
    while upcoming is not _END and len(index_of) < window:
        results.append(None)
        index_of[client.submit(fn, upcoming)] = len(results) - 1
        upcoming = next(it, _END)  # already taken while the window is full
    pending = as_completed(list(index_of))
    for future in pending:
        results[index_of.pop(future)] = future.result()
        del future
        if upcoming is not _END:
            results.append(None)
            new = client.submit(fn, upcoming)
            index_of[new] = len(results) - 1
            pending.add(new)
            del new
            upcoming = next(it, _END)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
