# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore(limit) taken in the spawning loop before each start, given back in the thread's finally; results by index, first kept error raised after joining all.
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
        except BaseException as exc:  # a thread's exception reaches no one else: keep it
            errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()  # wait for a free place before starting the thread
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            threads.append(thread)
            thread.start()
            del item
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results
