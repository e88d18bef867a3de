# Written from the student copy alone, without seeing the check or the solution.
# WRONG: releases the permit in the except block and again in finally, so every task that raises hands back two permits and the bound grows.
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
            permits.release()
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        results.append(None)
        thread = threading.Thread(target=run, args=(index, item))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"in the run where tasks 0, 1 and 2 raised PlantedError, your spawner ran \d+ tasks at once; the limit was 2\. Hint: give a permit back exactly once per task"
