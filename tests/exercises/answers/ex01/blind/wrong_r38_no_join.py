# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "Join every thread before you return": like notebook 2's sketch, the caller waits for all the
# permits to come back and returns; the threads are never joined (some may still be alive, exiting, when it returns).
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    lock = threading.Lock()

    def run(index, item):
        try:
            results[index] = fn(item)
        except BaseException as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        results.append(None)
        threading.Thread(target=run, args=(index, item)).start()
    for _ in range(limit):
        permits.acquire()  # all permits back: every task has ended
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner returned without joining \d+ of its 24 threads"
