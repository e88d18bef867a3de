# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts with list(items) to know the length and index it, taking the whole stream at once and holding every item to the end.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    items = list(items)
    results = [None] * len(items)
    pending = {}
    for index in range(len(items)):
        while len(pending) >= window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                results[pending.pop(future)] = future.result()
        pending[executor.submit(fn, items[index])] = index
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            results[pending.pop(future)] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map took [\d,.]+ items from the input before their tasks had finished"
