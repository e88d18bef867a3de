# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks the bound (at most window in flight): the fill condition uses <= instead of <, so window + 1 futures are in flight the whole run.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    ac = as_completed()
    exhausted = False

    def top_up():
        nonlocal exhausted
        while not exhausted and len(index_of) <= window:   # off by one
            try:
                item = next(it)
            except StopIteration:
                exhausted = True
                return
            f = client.submit(fn, item)
            index_of[f] = len(results)
            results.append(None)
            ac.add(f)

    top_up()
    for f in ac:
        results[index_of.pop(f)] = f.result()
        del f
        top_up()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once; the window was [\d,.]+\."
