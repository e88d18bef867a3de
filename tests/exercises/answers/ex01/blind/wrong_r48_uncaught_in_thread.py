# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the task's exception is not caught in the thread, so it dies in the thread's excepthook; the caller gets a KeyError for the missing result instead of the task's own exception.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        finally:
            permits.release()

    count = 0
    try:
        for index, item in enumerate(items):
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            count += 1
    finally:
        for thread in threads:
            thread.join()
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) raised"
