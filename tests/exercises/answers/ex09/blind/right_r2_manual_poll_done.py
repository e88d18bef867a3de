# Written from the student copy alone, without seeing the check or the solution.
# Approach: no as_completed iterator: a list of (index, future) in flight; wait with
# distributed.wait(..., return_when="FIRST_COMPLETED"), then sweep the list for every
# future that is done(), take its result in place, remove it, and refill one new item per
# removed future. Results are put in a dict by index and returned as a list in order.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    by_index = {}
    in_flight = []
    count = 0
    more = True
    while more and len(in_flight) < window:
        try:
            item = next(iterator)
        except StopIteration:
            more = False
            break
        in_flight.append((count, client.submit(fn, item)))
        count += 1
    while in_flight:
        wait([f for _, f in in_flight], return_when="FIRST_COMPLETED")
        still = []
        freed = 0
        for i, f in in_flight:
            if f.done():
                by_index[i] = f.result()
                freed += 1
            else:
                still.append((i, f))
        in_flight = still
        f = None
        for _ in range(freed):
            if not more:
                break
            try:
                item = next(iterator)
            except StopIteration:
                more = False
                break
            in_flight.append((count, client.submit(fn, item)))
            count += 1
    return [by_index[i] for i in range(count)]
