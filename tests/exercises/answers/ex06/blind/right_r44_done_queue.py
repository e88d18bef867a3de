# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each future's done callback puts its index on a queue.Queue; when the window is full the caller takes the next finished one from that queue, refilling at once; results kept by index.
import queue


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    finished = queue.Queue()
    pending = {}   # index -> future, only while in the window
    results = {}

    def collect_one():
        index = finished.get()
        future = pending.pop(index)
        results[index] = future.result()  # raises the task's exception

    count = 0
    item = None
    for item in items:
        while len(pending) >= window:
            collect_one()
        future = executor.submit(fn, item)
        item = None
        pending[count] = future
        future.add_done_callback(lambda _future, index=count: finished.put(index))
        future = None
        count += 1
    item = None
    while pending:
        collect_one()
    return [results[index] for index in range(count)]
