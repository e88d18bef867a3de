# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the first fill takes window + 1 items ("the window, plus the next one ready to go"), so
# window + 1 futures are in flight for the whole run; the refill keeps that count constant.
from itertools import islice

from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = enumerate(items)
    index_of = {}
    for index, item in islice(items, window + 1):
        index_of[client.submit(fn, item)] = index
    results = {}
    finished = as_completed(list(index_of))
    for future in finished:
        results[index_of.pop(future)] = future.result()
        for index, item in islice(items, 1):
            new = client.submit(fn, item)
            index_of[new] = index
            finished.add(new)
    return [results[index] for index in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once; the window was [\d,.]+\. Every"
