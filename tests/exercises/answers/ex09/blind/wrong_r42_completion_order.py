# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "the results must not [finish in any order]": a correct as_completed window, but results are appended in the order the futures finish, not in the order of items.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    ac = as_completed()
    for _ in range(window):
        try:
            ac.add(client.submit(fn, next(it)))
        except StopIteration:
            break
    results = []
    for future in ac:
        results.append(future.result())
        del future
        try:
            ac.add(client.submit(fn, next(it)))
        except StopIteration:
            pass
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"expected the 24 results in input order, .*\. Yours are the right results, in another order"
