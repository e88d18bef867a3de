# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps every (item, future) pair until the end, so every item taken stays held long after its task finished.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    submitted = []
    pending = set()
    for item in items:
        while len(pending) >= window:
            _, pending = wait(pending, return_when=FIRST_COMPLETED)
        future = executor.submit(fn, item)
        submitted.append((item, future))
        pending.add(future)
    wait(pending)
    return [future.result() for _item, future in submitted]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map still referred to \d+ items whose tasks had finished, when it took an item; at most [\d,.]+ may be"
