# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each thread releases its permit when its task ends but then stays alive waiting on an Event until the spawner has started every thread, so all the threads end up alive at once.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    all_started = threading.Event()
    results = []
    errors = []
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()
        all_started.wait()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            threads.append(thread)
            thread.start()
    finally:
        all_started.set()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had \d+ threads alive at once, counting those whose task had ended; at most 8 may be"
