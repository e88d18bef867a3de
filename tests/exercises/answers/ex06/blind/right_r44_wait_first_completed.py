# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: concurrent.futures.wait(FIRST_COMPLETED) frees a place as soon as any future is done; results are stored by index and returned in input order.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    pending = {}   # future -> its index in the input
    results = {}   # index -> result
    count = 0
    item = None
    for item in items:
        pending[executor.submit(fn, item)] = count
        count += 1
        item = None
        # Make room before taking the next item: never more than `window` taken and unfinished.
        while len(pending) >= window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                results[index] = future.result()  # raises the task's exception
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            index = pending.pop(future)
            results[index] = future.result()
    return [results[index] for index in range(count)]
