# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: wait(FIRST_COMPLETED) on a set of at most `window` pending futures, each mapped to its input index; results are stored at their index, so the list is in input order.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = {}  # future -> index in results (never the item)

    def collect(done):
        for future in done:
            results[pending.pop(future)] = future.result()  # raises fn's exception, if any

    for item in items:
        while len(pending) >= window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
        pending[executor.submit(fn, item)] = len(results)
        results.append(None)
    item = None
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        collect(done)
    return results
