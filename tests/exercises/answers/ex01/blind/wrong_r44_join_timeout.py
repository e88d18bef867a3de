# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins each thread with a timeout "so it can never hang", so it returns (with None placeholders, or without raising) before slow tasks have finished.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    lock = threading.Lock()
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            results.append(None)
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join(timeout=1.0)
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while"
