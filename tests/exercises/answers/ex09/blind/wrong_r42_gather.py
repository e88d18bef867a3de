# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "use only client.submit(fn, item) ... take a result with future.result()": fetches each finished batch with client.gather, which the restricted client handed over does not have (AttributeError), though the window logic is right.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    pending = {}

    def submit_next():
        for item in it:
            f = client.submit(fn, item)
            pending[f] = len(results)
            results.append(None)
            return

    for _ in range(window):
        submit_next()
    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        done = list(done)
        for f, value in zip(done, client.gather(done)):   # one round trip for the whole batch
            results[pending.pop(f)] = value
        for _ in done:
            submit_next()
        done = f = None
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed\(client, fn, items, window=[\d,.]+\) raised AttributeError: the"
