# Written from the student copy alone, without seeing the check or the solution.
# Mistake: "fail fast": as soon as the spawning loop sees a kept error it raises it, without joining the threads still running.
# Breaks: "If `fn` raises, `bounded_spawn` raises that same exception, once every thread has been joined"
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

    for index, item in enumerate(items):
        permits.acquire()
        if errors:
            raise errors[0]
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)

    for thread in threads:
        thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError.*, and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while [\d,.]+ tasks? (was|were) still running"
