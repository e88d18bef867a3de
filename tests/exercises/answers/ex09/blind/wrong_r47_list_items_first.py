# Written from the student copy alone, without seeing the check or the solution.
# WRONG: list(items) up front takes every item from the generator at once (and len/index on it), not one item per finished future.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    index_of = {}
    next_index = 0
    ac = as_completed()
    while next_index < min(window, len(items)):
        future = client.submit(fn, items[next_index])
        index_of[future] = next_index
        ac.add(future)
        next_index += 1
    future = None
    for future in ac:
        results[index_of.pop(future)] = future.result()
        future = None
        if next_index < len(items):
            new = client.submit(fn, items[next_index])
            index_of[new] = next_index
            ac.add(new)
            new = None
            next_index += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
