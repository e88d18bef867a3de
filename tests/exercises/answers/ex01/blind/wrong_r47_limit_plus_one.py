# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the semaphore is made with limit + 1 permits ("one spare for the main loop"), so limit + 1 task threads run at once.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit + 1)
    results = []
    errors = []
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            threads.append(thread)
            thread.start()
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once"
