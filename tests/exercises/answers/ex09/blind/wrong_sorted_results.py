# Written from the student copy alone, without seeing the check or the solution.
# WRONG: completion order, then sorted(). Right only when fn's results rise with the items; for
# other results (or results that cannot be compared) the order is wrong.
from itertools import islice

from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    finished = as_completed([client.submit(fn, item) for item in islice(items, window)])
    results = []
    for future in finished:
        results.append(future.result())
        for item in islice(items, 1):
            finished.add(client.submit(fn, item))
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
