# Written from the student copy alone, without seeing the check or the solution.
# WRONG: turns items into a list up front, so every item is taken before any future has finished.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = list(items)  # so that len() and indexing work on the generator
    results = [None] * len(items)
    index_of = {}
    next_index = 0
    finished = as_completed()
    while next_index < min(window, len(items)):
        future = client.submit(fn, items[next_index])
        index_of[future] = next_index
        finished.add(future)
        next_index += 1
    for future in finished:
        results[index_of.pop(future)] = future.result()
        del future
        if next_index < len(items):
            new = client.submit(fn, items[next_index])
            index_of[new] = next_index
            finished.add(new)
            next_index += 1
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks finished"
