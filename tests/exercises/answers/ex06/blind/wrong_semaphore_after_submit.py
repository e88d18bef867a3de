# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken AFTER the submit, so the item is already in the executor when the
# loop waits: window + 1 futures are in flight at the peak (the semaphore bounds the waiting loop,
# not the work). A student writes "submit, then make sure there is room for the next one".
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    permits = threading.Semaphore(window)
    futures = []
    for item in items:
        future = executor.submit(fn, item)
        future.add_done_callback(lambda _: permits.release())
        futures.append(future)
        permits.acquire()
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\); the"
