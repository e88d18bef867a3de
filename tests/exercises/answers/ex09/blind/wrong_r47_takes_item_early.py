# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "for item in items:" takes the next item first and only then waits for a free place, so window + 1 items are taken whose tasks have not finished.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    results = []
    in_flight = {}
    for item in items:
        while len(in_flight) >= window:  # item already taken while we wait
            done = wait(list(in_flight), return_when="FIRST_COMPLETED").done
            for future in done:
                results[in_flight.pop(future)] = future.result()
            done = future = None
        in_flight[client.submit(fn, item)] = len(results)
        results.append(None)
    while in_flight:
        done = wait(list(in_flight), return_when="FIRST_COMPLETED").done
        for future in done:
            results[in_flight.pop(future)] = future.result()
        done = future = None
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
