# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task's exception is caught in the thread and turned into None in the results; bounded_spawn never raises it.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception:
            results[index] = None  # failed task: leave a hole and carry on
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
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) returned \[[\d,.]+,"
