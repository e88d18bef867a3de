# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task's exception is caught in the thread and turned into a None result, so it never reaches the caller.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception:
            results[index] = None
        finally:
            permits.release()

    count = 0
    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
        count += 1
    for thread in threads:
        thread.join()
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) returned \[[\d,.]+,"
