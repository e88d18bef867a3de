# Written from the student copy alone, without seeing the check or the solution.
# WRONG: peeks one item ahead to know whether more remain, so it takes the next item before any future has finished.
from distributed import as_completed

_END = object()


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    upcoming = next(items, _END)
    results = []
    index_of = {}
    finished = as_completed()

    def submit_upcoming():
        nonlocal upcoming
        future = client.submit(fn, upcoming)
        index_of[future] = len(results)
        results.append(None)
        finished.add(future)
        upcoming = next(items, _END)  # look ahead: is there another one?

    while upcoming is not _END and len(index_of) < window:
        submit_upcoming()
    for future in finished:
        results[index_of.pop(future)] = future.result()
        del future
        if upcoming is not _END:
            submit_upcoming()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
