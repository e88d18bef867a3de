# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one in the room test (`> window` instead of `>= window`), so window + 1 futures are in flight at once.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = {}
    for index, item in enumerate(items):
        results.append(None)
        pending[executor.submit(fn, item)] = index
        while len(pending) > window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                results[pending.pop(future)] = future.result()
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            results[pending.pop(future)] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
