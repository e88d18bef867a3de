# Written from the student copy alone, without seeing the check or the solution.
# Mistake: turns the items into a list first, so the whole generator is taken up front instead of one item per finished future.
# Breaks: "Take the next item only when a future has finished."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(list(items))                 # every item taken before anything runs
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
        results[i] = future.result()
        del future
        submit_next(ac)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items? from the input before their tasks finished; the window (was|were) [\d,.]+ Hint: take the next item only when a future"
