# Written from the student copy alone, without seeing the check or the solution.
# Approach: a deque window of futures. Take an item, and if the window already holds
# `window` futures wait for the OLDEST one (exercise 6 allows it) before submitting.
# Results are collected in submission order, so they come out in input order.
# On an error, wait for every future still in the window before raising it.
import concurrent.futures
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    try:
        for item in items:
            if len(in_flight) >= window:
                results.append(in_flight.popleft().result())
            in_flight.append(executor.submit(fn, item))
        while in_flight:
            results.append(in_flight.popleft().result())
    finally:
        concurrent.futures.wait(list(in_flight))
    return results
