# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after each distributed.wait(FIRST_COMPLETED) it submits one item, even when several futures finished together, so the window shrinks.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = {}
    in_flight = {}
    count = 0
    for item in items:
        in_flight[client.submit(fn, item)] = count
        count += 1
        if count == window:
            break
    while in_flight:
        done, _ = wait(list(in_flight), return_when="FIRST_COMPLETED")
        for future in done:
            results[in_flight.pop(future)] = future.result()
        del done, future
        for item in items:  # one finished, so one more
            in_flight[client.submit(fn, item)] = count
            count += 1
            break
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop"
