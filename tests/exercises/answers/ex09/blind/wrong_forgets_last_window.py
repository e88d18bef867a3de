# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the loop takes one finished future, then the next item, and stops as soon as the items run
# out: the futures still in the window at that moment are never collected. Their results are
# missing from the list (and their tasks may still be running) when the function returns.
from itertools import islice

from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = enumerate(items)
    index_of = {}
    for index, item in islice(items, window):
        index_of[client.submit(fn, item)] = index
    finished = as_completed(list(index_of))
    results = {}
    for future in finished:
        results[index_of.pop(future)] = future.result()
        following = next(items, None)
        if following is None:
            break  # no more items: done
        index, item = following
        new = client.submit(fn, item)
        index_of[new] = index
        finished.add(new)
    return [results[i] for i in sorted(results)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
