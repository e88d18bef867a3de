# Written from the student copy alone, without seeing the check or the solution.
# WRONG ("done" does not mean done): only the last thread is joined, on the idea that
# "the last one started finishes last". The tasks still running when it ends have no
# result yet, and their slots come back as None (and their threads outlive the call).
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    items = list(items)
    results = [None] * len(items)
    thread = None

    def run(index, item):
        try:
            results[index] = fn(item)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item), daemon=True)
        thread.start()
    if thread is not None:
        thread.join()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+"
