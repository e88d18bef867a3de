# Written from the student copy alone, without seeing the check or the solution.
# Wrong: after each wait(FIRST_COMPLETED) it refills only one future even when several finished.
from distributed import wait


def send_windowed(client, fn, items, window):
    results = []
    pending = {}
    it = iter(items)
    for item in it:
        pending[client.submit(fn, item)] = len(results)
        results.append(None)
        if len(pending) >= window:
            break
    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for f in done:
            results[pending.pop(f)] = f.result()
        done = f = None
        item = next(it, _END := object())
        if item is not _END:  # mistake: one refill however many finished
            pending[client.submit(fn, item)] = len(results)
            results.append(None)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop first waited\)"
