# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits one item and waits for its result before the next, so only one task runs at a time (a window of 1).
def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    for item in items:
        future = executor.submit(fn, item)  # never more than window in flight
        results.append(future.result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map never ran more than one task at once"
