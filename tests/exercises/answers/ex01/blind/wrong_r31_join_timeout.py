# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins each thread with a 1 s timeout so it can never hang, so a task slower than that is still running when it returns, its result None.
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

    for index, item in enumerate(items):
        permits.acquire()
        results.append(None)
        thread = threading.Thread(target=run, args=(index, item))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join(timeout=1.0)
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task 5 raised PlantedError\('task 5 failed on purpose'\), and bounded_spawn\(fn, items, limit=4\) raised it while 1 task was still running"
