# Written from the student copy alone, without seeing the check or the solution.
# Mistake: to keep input order with append(), each thread, after giving its permit back, waits for the previous thread to end before appending its result; finished threads pile up alive behind a slow one.
# Breaks: "Once it has given its permit back, it ends: it may take a moment more to exit, which no code controls, but it waits for nothing"
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []

    def run(item, previous):
        result = None
        try:
            result = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()
        if previous is not None:
            previous.join()
        results.append(result)

    try:
        previous = None
        for item in items:
            permits.acquire()
            thread = threading.Thread(target=run, args=(item, previous))
            thread.start()
            threads.append(thread)
            previous = thread
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads? alive at once, counting those whose task had ended; at most [\d,.]+ may be \([\d,.]+ with a permit, and as many that gave"
