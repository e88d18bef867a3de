# Written from the student copy alone, without seeing the check or the solution.
# WRONG: executor.map looks lazy, but (before Python 3.14's buffersize=, and by default) it submits
# every item before returning its first result: the whole stream lands in the executor's unbounded
# queue, and window is ignored. Results are in order, so it "works" on small inputs.


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    return list(executor.map(fn, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\); the"
