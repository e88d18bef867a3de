# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for whichever future finishes first and appends its result then, so the results come back in completion order, not input order.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = set()
    for item in items:
        while len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        pending.add(executor.submit(fn, item))
    item = None
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        results.extend(future.result() for future in done)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"expected the [\d,.]+ results in input order, .*\. Yours are the right results, in another order"
