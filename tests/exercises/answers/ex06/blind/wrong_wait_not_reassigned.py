# Written from the student copy alone, without seeing the check or the solution.
# WRONG: wait(FIRST_COMPLETED) is called but its answer is thrown away, so finished futures are
# never removed from the set: once the set has `window` futures, wait() returns at once every
# time (a finished one is still in it) and the loop submits everything: no bound at all.
# The student thinks wait() removes what finished, like a queue's get().
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    futures = []
    for item in items:
        futures.append(executor.submit(fn, item))
        if len(futures) >= window:
            wait(futures, return_when=FIRST_COMPLETED)
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\); the"
