# Written from the student copy alone, without seeing the check or the solution.
# Mistake: trusts executor.map to be bounded by the executor's threads; it submits every
# item at once (ThreadPoolExecutor's queue has no bound).
# Breaks: "with at most `window` futures submitted and not yet finished at any moment"
# and "Read `items` one at a time, as you submit".


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    return list(executor.map(fn, items))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your windowed_map had \d+ futures in flight at once \(submitted, not done\); the window was 6\."
