# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits the items in groups of `window` and waits for the whole group before taking the next, instead of refilling a freed place at once (one slow task idles the window).
# Its writer marked it WRONG; the course judges it right, and keeps it so: it keeps every bound the student copy states (the window, the items taken and kept, the threads, the order), only slower: waiting for a whole window before the next is not against what the copy asks.
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    while True:
        batch = [executor.submit(fn, item) for item in islice(iterator, window)]
        if not batch:
            return results
        results.extend(future.result() for future in batch)
