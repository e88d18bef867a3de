# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a dict of future -> input index; when the window is full, wait(FIRST_COMPLETED) frees every done place, results go into their index.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = {}  # future -> index of its item; no item is kept here

    def collect(done):
        for future in done:
            index = pending.pop(future)
            results[index] = future.result()  # raises the task's exception, if any

    for index, item in enumerate(items):
        while len(pending) >= window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
        results.append(None)
        pending[executor.submit(fn, item)] = index
        del item
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        collect(done)
    return results
