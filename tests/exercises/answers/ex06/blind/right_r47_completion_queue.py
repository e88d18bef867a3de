# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: done-callbacks put (index, future) on a SimpleQueue; when `window` are in flight the loop takes one finished future off it and fills its input slot.
import queue


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    finished = queue.SimpleQueue()
    results = []
    in_flight = 0

    def take_one():
        index, future = finished.get()
        results[index] = future.result()  # raises the task's exception, if any

    for item in items:
        if in_flight >= window:
            take_one()
            in_flight -= 1
        results.append(None)
        index = len(results) - 1
        future = executor.submit(fn, item)
        del item
        in_flight += 1
        future.add_done_callback(lambda done, index=index: finished.put((index, done)))
        del future
    while in_flight:
        take_one()
        in_flight -= 1
    return results
