# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after each wait(FIRST_COMPLETED) it submits only one new item even when several futures finished, so the window is not full again.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    in_flight = {}

    def submit_one():
        for item in it:
            in_flight[client.submit(fn, item)] = len(results)
            results.append(None)
            return

    for _ in range(window):
        submit_one()
    while in_flight:
        done = wait(list(in_flight), return_when="FIRST_COMPLETED").done
        for future in done:
            results[in_flight.pop(future)] = future.result()
        done = future = None
        submit_one()  # one per wait, not one per finished future
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop"
