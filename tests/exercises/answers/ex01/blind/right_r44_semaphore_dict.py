# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore taken in the spawning loop before each start, released in the thread's finally; results in a dict by index, errors in a locked list, every thread joined in a finally before raising the first error.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    errors_lock = threading.Lock()
    threads = []

    def run(index, item):
        try:
            value = fn(item)
        except Exception as exc:
            with errors_lock:
                errors.append(exc)
        else:
            results[index] = value
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            try:
                thread.start()
            except BaseException:
                permits.release()
                raise
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]
