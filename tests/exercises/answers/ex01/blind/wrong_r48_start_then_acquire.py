# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the loop starts the thread and only then takes a permit, so limit + 1 threads are alive at once (off by one).
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
        except BaseException as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    count = 0
    try:
        for index, item in enumerate(items):
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            count += 1
            permits.acquire()
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once"
