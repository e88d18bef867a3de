# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a dict future -> index; when full, wait(FIRST_COMPLETED) frees any finished place at once, results written into their input slot.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    results = []
    index_of = {}  # the futures in the window, each with its place in `results`

    def settle(done):
        for future in done:
            index = index_of.pop(future)
            results[index] = future.result()  # raises the task's exception, if any

    for item in items:
        while len(index_of) >= window:
            done, _ = wait(index_of, return_when=FIRST_COMPLETED)
            settle(done)
        results.append(None)
        index_of[executor.submit(fn, item)] = len(results) - 1
        del item
    while index_of:
        done, _ = wait(index_of, return_when=FIRST_COMPLETED)
        settle(done)
    return results
