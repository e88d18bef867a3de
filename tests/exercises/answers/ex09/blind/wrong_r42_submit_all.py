# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks the bound ("at most window futures submitted and not yet finished"): submits every item at once, then reads the results in order; window is ignored.
def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    futures = [client.submit(fn, item) for item in items]
    results = []
    for future in futures:
        results.append(future.result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once; the window was"
