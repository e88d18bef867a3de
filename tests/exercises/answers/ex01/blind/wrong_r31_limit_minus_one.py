# Written from the student copy alone, without seeing the check or the solution.
# WRONG: counts the spawning thread as one of the limit and makes Semaphore(limit - 1), so fewer tasks run than allowed and limit=1 blocks for ever.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit - 1)
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

    for index, item in enumerate(items):
        permits.acquire()
        results.append(None)
        thread = threading.Thread(target=run, args=(index, item))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner never ran more than 3 tasks at once; with limit=4 and 24 tasks waiting, 4 should run at once"
