# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the input is turned into a list first (to know its length), so the whole stream is read before any thread starts.
# Breaks: "`items` may be a generator: read it once, one item at a time as you start its thread, since it may be a stream too long to read ahead. At most `limit + 1` items are taken and not finished"
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
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner took [\d,.]+ items? from the input before their tasks had finished; with limit=[\d,.]+ at most [\d,.]+ \(one per permit, and one in the hand of"
