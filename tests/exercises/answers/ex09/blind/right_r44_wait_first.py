# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: distributed.wait(return_when="FIRST_COMPLETED") on the in-flight set; one new item submitted for each finished future.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    results = {}
    in_flight = {}  # future -> position
    count = 0
    exhausted = False

    def fill(places):
        nonlocal count, exhausted
        for _ in range(places):
            try:
                item = next(items)
            except StopIteration:
                exhausted = True
                return
            in_flight[client.submit(fn, item)] = count
            count += 1

    fill(window)
    try:
        while in_flight:
            finished, _ = wait(list(in_flight), return_when="FIRST_COMPLETED")
            for future in finished:
                results[in_flight.pop(future)] = future.result()
            freed = len(finished)
            del finished, future
            if not exhausted:
                fill(freed)
    except BaseException:
        for future in list(in_flight):
            future.cancel()
        in_flight.clear()
        raise
    return [results[position] for position in range(count)]
