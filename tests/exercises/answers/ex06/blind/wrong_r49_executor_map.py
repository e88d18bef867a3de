# Written from the student copy alone, without seeing the check or the solution.
# WRONG: executor.map submits every item of the stream at once (no buffersize before Python 3.14), ignoring the window.
def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    return list(executor.map(fn, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\)"
