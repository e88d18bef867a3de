# Written from the student copy alone, without seeing the check or the solution.
# Mistake: takes the next item ahead of time (to know whether any remain) before waiting, so one item more than the window is taken while all `window` tasks are still running.
# Breaks: "Take the next item only when a future has finished."
from distributed import as_completed

_END = object()


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}

    def submit(item, ac=None):
        future = client.submit(fn, item)
        index_of[future] = len(results)
        results.append(None)
        if ac is not None:
            ac.add(future)

    nxt = next(it, _END)
    while nxt is not _END and len(index_of) < window:
        submit(nxt)
        nxt = next(it, _END)               # read ahead, before any future has finished
    if not index_of:
        return []

    ac = as_completed(list(index_of))
    for future in ac:
        i = index_of.pop(future)
        results[i] = future.result()
        del future
        if nxt is not _END:
            submit(nxt, ac)
            nxt = next(it, _END)           # read ahead again
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items? from the input before their tasks finished; the window (was|were) [\d,.]+ Hint: take the next item only when a future"
