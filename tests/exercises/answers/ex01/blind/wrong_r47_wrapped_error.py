# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises a new RuntimeError wrapping the task's exception instead of that same exception.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
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
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            threads.append(thread)
            thread.start()
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} task(s) failed") from errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) raised"
