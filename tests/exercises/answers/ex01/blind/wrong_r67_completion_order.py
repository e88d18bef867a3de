# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each thread appends its result to a shared list as it finishes, so the results come back in completion order.
# Breaks: "It returns `[fn(item) for item in items]`, in input order"
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
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    try:
        for item in items:
            permits.acquire()
            thread = threading.Thread(target=run, args=(item,))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
