# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "if a task raises, send_windowed raises that exception": a task's error is caught and stored as None in the results so the batch "carries on"; the window itself is correct.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    ac = as_completed()

    def submit_next():
        try:
            item = next(it)
        except StopIteration:
            return
        f = client.submit(fn, item)
        index_of[f] = len(results)
        results.append(None)
        ac.add(f)

    for _ in range(window):
        submit_next()
    for f in ac:
        i = index_of.pop(f)
        try:
            results[i] = f.result()
        except Exception as exc:    # one bad item should not stop the others
            print(f"item {i} failed: {exc!r}")
            results[i] = None
        del f
        submit_next()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the exception was lost"
