# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after each wait(FIRST_COMPLETED) submits exactly one new item, even when several futures finished, so the window shrinks instead of being refilled for each finished future.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    pending = {}
    results = []
    for item in it:
        pending[client.submit(fn, item)] = len(results)
        results.append(None)
        if len(pending) == window:
            break
    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for future in done:
            results[pending.pop(future)] = future.result()
        del done, _, future
        for item in it:
            pending[client.submit(fn, item)] = len(results)
            results.append(None)
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop first waited\), your send_windowed never again had 4 in flight"
