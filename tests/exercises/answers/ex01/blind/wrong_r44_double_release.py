# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task that raises releases its permit twice (in except and again in finally), so after each error the semaphore holds one more permit and the bound grows.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)
            permits.release()  # "give the permit back on error"
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
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Either run in which tasks raise may be the first to show the extra permits (a busy machine decides which).
FAILS_WITH = (r"in the run where tasks? [\d,.]+(?:, [\d,.]+ and [\d,.]+)? raised PlantedError.*?, your spawner ran "
              r"[\d,.]+ tasks at once")
