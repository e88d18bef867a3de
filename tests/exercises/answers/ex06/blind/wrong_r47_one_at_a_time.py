# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for each future right after submitting it, so only one task ever runs at once.
def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    for item in items:
        future = executor.submit(fn, item)
        del item
        results.append(future.result())
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map never ran more than one task at once"
