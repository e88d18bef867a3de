# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a generator built on as_completed(initial futures) + add() yields (position, result) as futures finish, refilling one per finished future; the caller puts results back in input order.
from itertools import islice

from distributed import as_completed


def _finished_in_any_order(client, fn, items, window):
    it = enumerate(iter(items))
    pos_of = {}
    first = []
    for pos, item in islice(it, window):
        fut = client.submit(fn, item)
        pos_of[fut] = pos
        first.append(fut)
    ac = as_completed(first)
    del first                       # the list would otherwise keep these futures alive to the end
    for fut in ac:
        pos = pos_of.pop(fut)
        value = fut.result()        # a task's exception propagates from here
        del fut
        for nxt_pos, item in islice(it, 1):
            nxt = client.submit(fn, item)
            pos_of[nxt] = nxt_pos
            ac.add(nxt)
            del nxt
        yield pos, value


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    by_pos = dict(_finished_in_any_order(client, fn, items, window))
    return [by_pos[i] for i in range(len(by_pos))]
