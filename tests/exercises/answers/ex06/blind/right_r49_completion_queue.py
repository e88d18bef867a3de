# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: done-callbacks put each finished future on a SimpleQueue; the loop counts its in-flight futures and, when there are `window`, blocks on the queue for one, storing its result at the index recorded for it.
import queue


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    finished = queue.SimpleQueue()
    index_of = {}  # future -> index in results
    results = []
    in_flight = 0

    def take_one():
        future = finished.get()  # a future that is done
        results[index_of.pop(future)] = future.result()  # raises fn's exception, if any

    for item in items:
        if in_flight >= window:
            take_one()
            in_flight -= 1
        future = executor.submit(fn, item)
        item = None
        index_of[future] = len(results)
        results.append(None)
        in_flight += 1
        future.add_done_callback(finished.put)
        future = None
    while in_flight:
        take_one()
        in_flight -= 1
    return results
