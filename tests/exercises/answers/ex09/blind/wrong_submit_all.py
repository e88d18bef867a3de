# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no window: every item is submitted at once and the futures kept in a list (notebook 6's
# "every batch at once"). The scheduler limits what runs, but every result stays on the workers
# until the end, and window is ignored. Results are in order, so small tests pass.


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    futures = [client.submit(fn, item) for item in items]
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed had [\d,.]+ futures in flight at once; the window was [\d,.]+\. Every"
