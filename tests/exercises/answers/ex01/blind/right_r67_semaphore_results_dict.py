# Written from the student copy alone, without seeing the check or the solution.
# Approach: a Semaphore taken in the spawning loop and released in each thread's finally; results kept by index in a dict, errors in a list, every thread joined in a finally.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
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
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]
