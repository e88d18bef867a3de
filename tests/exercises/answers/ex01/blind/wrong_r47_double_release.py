# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task that raises gives its permit back twice (in except and again in finally), so after a failure more than `limit` tasks run at once.
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
            permits.release()  # free the place at once for the next one
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
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"in the run where tasks [\d,.]+, [\d,.]+ and [\d,.]+ raised PlantedError, your spawner ran [\d,.]+ tasks at once"
