# Written from the student copy alone, without seeing the check or the solution.
# WRONG: collects results as futures finish and "restores the order" with sorted(results), which sorts the values, not by input position.
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
    return sorted(results)  # back in order


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = (r"windowed_map returned \[0, 3, 6, 9, 10, \.\.\.\] \(40 items\); expected the 40 results in input order, "
              r".*\. Yours are the right results, in another order")
