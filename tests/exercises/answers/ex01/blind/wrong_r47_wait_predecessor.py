# Written from the student copy alone, without seeing the check or the solution.
# WRONG: to append results in order each thread, after giving its permit back, joins the thread before it: finished threads pile up alive behind a slow one (well over 2 x limit).
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []

    def run(item, before):
        value = None
        try:
            value = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()
        if before is not None:
            before.join()  # keep the results in input order
        results.append(value)

    try:
        previous = None
        for item in items:
            permits.acquire()
            thread = threading.Thread(target=run, args=(item, previous))
            threads.append(thread)
            thread.start()
            previous = thread
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once, counting those whose task had ended"
