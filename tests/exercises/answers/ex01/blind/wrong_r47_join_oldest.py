# Written from the student copy alone, without seeing the check or the solution.
# WRONG: when `limit` threads are out, the spawner joins the oldest one, waiting for one particular thread instead of whichever frees a place first.
import threading
from collections import deque


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    results = []
    errors = []
    alive = deque()

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)

    try:
        for index, item in enumerate(items):
            if len(alive) >= limit:
                alive.popleft().join()
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            alive.append(thread)
            thread.start()
    finally:
        while alive:
            alive.popleft().join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+"
