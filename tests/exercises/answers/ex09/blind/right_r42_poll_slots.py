# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: slots dict position->future; distributed.wait FIRST_COMPLETED then collect every slot whose future is done(), take its result, drop the future and refill one per freed slot; results kept by position, listed in input order at the end.
import itertools

import distributed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    numbered = enumerate(iter(items))
    slots = {}      # position -> future still held (in flight, or finished but not yet read)
    done_results = {}

    for pos, item in itertools.islice(numbered, window):
        slots[pos] = client.submit(fn, item)

    while slots:
        distributed.wait(list(slots.values()), return_when="FIRST_COMPLETED")
        freed = [pos for pos, fut in slots.items() if fut.done()]
        for pos in freed:
            fut = slots.pop(pos)
            done_results[pos] = fut.result()
            del fut
        for pos, item in itertools.islice(numbered, len(freed)):
            slots[pos] = client.submit(fn, item)

    return [done_results[pos] for pos in range(len(done_results))]
