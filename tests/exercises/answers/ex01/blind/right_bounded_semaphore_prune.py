# Written from the student copy alone, without seeing the check or the solution.
# Right: a BoundedSemaphore (a release too many would raise), with a list of result slots
# filled by the threads, and finished threads joined and dropped as the loop goes, so the
# spawner does not keep one Thread object per item until the end.
import collections
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.BoundedSemaphore(limit)
    slots = []                      # slots[i] = (True, value) or (False, exception)
    alive = collections.deque()

    def task(slot, item):
        try:
            slots[slot] = (True, fn(item))
        except BaseException as error:
            slots[slot] = (False, error)
        finally:
            permits.release()

    try:
        for slot, item in enumerate(items):
            permits.acquire()
            slots.append(None)
            thread = threading.Thread(target=task, args=(slot, item))
            thread.start()
            alive.append(thread)
            while alive and not alive[0].is_alive():
                alive.popleft().join()
    finally:
        while alive:
            alive.popleft().join()

    results = []
    for ok, value in slots:
        if not ok:
            raise value
        results.append(value)
    return results
