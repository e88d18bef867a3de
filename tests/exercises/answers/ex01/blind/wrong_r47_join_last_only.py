# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins only the last thread started, assuming it finishes last, so it returns while earlier (slower) tasks are still running.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    last = None

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
        last = threading.Thread(target=run, args=(index, item))
        last.start()
    if last is not None:
        last.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: join every"
