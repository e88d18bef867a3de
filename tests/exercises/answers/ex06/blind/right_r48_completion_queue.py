# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: done-callbacks put (index, future) on a SimpleQueue; the caller counts in-flight futures and, when the window is full, takes one finished future off that queue.
import queue


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    finished = queue.SimpleQueue()
    results = []
    in_flight = 0

    def take_one():
        nonlocal in_flight
        index, future = finished.get()
        in_flight -= 1
        results[index] = future.result()  # raises the task's exception

    for index, item in enumerate(items):
        while in_flight >= window:
            take_one()
        results.append(None)
        future = executor.submit(fn, item)
        del item
        in_flight += 1
        future.add_done_callback(lambda f, i=index: finished.put((i, f)))
        del future
    while in_flight:
        take_one()
    return results
