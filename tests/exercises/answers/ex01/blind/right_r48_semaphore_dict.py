# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore(limit) taken in the spawning loop before each start, given back in the thread's finally; results in a dict by index, first error kept and raised after joining all.
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
            value = fn(item)
        except BaseException as exc:
            with lock:
                errors.append(exc)
        else:
            results[index] = value
        finally:
            permits.release()

    count = 0
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
            count = index + 1
            del item
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]
