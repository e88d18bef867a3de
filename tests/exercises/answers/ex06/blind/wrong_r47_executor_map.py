# Written from the student copy alone, without seeing the check or the solution.
# WRONG: hands everything to executor.map, which (before Python 3.14's buffersize) submits every item at once: no window at all.
def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    return list(executor.map(fn, items))  # the executor only runs max_workers at once, "so it is bounded"


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
