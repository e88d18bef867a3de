# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a fixed list of window slots (index, future); after each distributed.wait every finished slot is emptied and refilled in place.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    it = iter(items)
    results = []
    slots = [None] * window  # each: (index, future) or None

    def fill(position):
        try:
            item = next(it)
        except StopIteration:
            slots[position] = None
            return
        results.append(None)
        slots[position] = (len(results) - 1, client.submit(fn, item))

    for position in range(window):
        fill(position)
    try:
        while any(slot is not None for slot in slots):
            wait([slot[1] for slot in slots if slot is not None], return_when="FIRST_COMPLETED")
            for position, slot in enumerate(slots):
                if slot is not None and slot[1].done():
                    index, future = slot
                    slot = slots[position] = None
                    results[index] = future.result()
                    del future
                    fill(position)
    except BaseException:
        slots[:] = [None] * window
        raise
    return results
