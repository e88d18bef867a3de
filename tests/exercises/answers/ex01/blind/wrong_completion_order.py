# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each thread appends its result to a shared list as it finishes, so the results
# come back in completion order, not input order. It looks right whenever the tasks take
# the same time (or with limit=1), which is how a student tests it.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []

    def run(item):
        try:
            results.append(fn(item))
        except Exception as error:
            errors.append(error)
        finally:
            permits.release()

    for item in items:
        permits.acquire()
        thread = threading.Thread(target=run, args=(item,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
