# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the semaphore gets limit + 1 permits ("one for the thread being started"), so one thread too many is alive at once.
# Breaks: "computed by one thread per item, with at most `limit` of those threads alive at once"
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit + 1)
    results = {}
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
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks? at once; the limit (was|were) [\d,.]+ Hint: acquire a threading\.Semaphore\([\d,.]+\) before starting each thread, and release it when"
