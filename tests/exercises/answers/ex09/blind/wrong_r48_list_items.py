# Written from the student copy alone, without seeing the check or the solution.
# WRONG: turns items into a list up front (to use len and indexes), taking every item from the generator before any future has finished.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    index_of = {}
    next_index = 0
    while next_index < len(items) and next_index < window:
        index_of[client.submit(fn, items[next_index])] = next_index
        next_index += 1
    pending = as_completed(list(index_of))
    for future in pending:
        results[index_of.pop(future)] = future.result()
        del future
        if next_index < len(items):
            new = client.submit(fn, items[next_index])
            index_of[new] = next_index
            pending.add(new)
            del new
            next_index += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
