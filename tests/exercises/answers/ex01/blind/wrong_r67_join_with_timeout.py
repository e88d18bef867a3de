# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each thread is joined with a timeout "so it can never hang", so a task slower than the timeout is still running when bounded_spawn returns or raises.
# Breaks: "Join every thread before you return."
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
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
            thread.join(timeout=1.0)

    if errors:
        raise errors[0]
    return [results.get(index) for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError.*, and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while [\d,.]+ tasks? (was|were) still running"
