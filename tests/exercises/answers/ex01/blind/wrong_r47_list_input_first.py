# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads the whole generator into a list before starting any thread, so every item is taken at once instead of one at a time.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    items = list(items)
    permits = threading.Semaphore(limit)
    results = [None] * len(items)
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
            threads.append(thread)
            thread.start()
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner took [\d,.]+ items from the input before their tasks had finished"
