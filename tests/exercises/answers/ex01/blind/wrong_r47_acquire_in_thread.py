# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken inside the thread, so only the running tasks are bounded: every thread (and every item) is started at once.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []

    def run(index, item):
        with permits:
            try:
                results[index] = fn(item)
            except Exception as exc:
                errors.append(exc)

    try:
        for index, item in enumerate(items):
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
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once whose task had not finished, though only [\d,.]+ may be"
