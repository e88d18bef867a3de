# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a fixed ring of window slots; distributed.wait(FIRST_COMPLETED) on the live ones, and every slot whose future is done is emptied and refilled at once.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    source = iter(items)
    results = []
    slots = [None] * window  # each: (position, future) or None
    more = True

    def load(slot_number):
        nonlocal more
        if not more:
            return
        try:
            item = next(source)
        except StopIteration:
            more = False
            return
        slots[slot_number] = (len(results), client.submit(fn, item))
        results.append(None)

    for slot_number in range(window):
        load(slot_number)
    try:
        while True:
            live = [slot[1] for slot in slots if slot is not None]
            if not live:
                break
            wait(live, return_when="FIRST_COMPLETED")
            del live
            for slot_number, slot in enumerate(slots):
                if slot is not None and slot[1].done():
                    position, future = slot
                    slots[slot_number] = slot = None
                    results[position] = future.result()
                    del future
                    load(slot_number)
    except BaseException:
        for slot in slots:
            if slot is not None:
                slot[1].cancel()
        slots.clear()
        raise
    return results
