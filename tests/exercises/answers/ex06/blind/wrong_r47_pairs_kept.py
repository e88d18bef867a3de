# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps every (item, future) pair in a list to the end, so every item stays alive after its task is done: the whole stream is held.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.BoundedSemaphore(window)
    submitted = []
    for item in items:
        room.acquire()
        future = executor.submit(fn, item)
        future.add_done_callback(lambda _: room.release())
        submitted.append((item, future))  # "to know which item a result belongs to"
    return [future.result() for item, future in submitted]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map still referred to [\d,.]+ items whose tasks had finished, when it took an item"
