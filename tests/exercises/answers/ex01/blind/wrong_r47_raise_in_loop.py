# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises a kept error as soon as the spawning loop sees it, without joining the threads still running, which outlive the call.
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
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        if errors:
            raise errors[0]  # fail fast
        results.append(None)
        thread = threading.Thread(target=run, args=(index, item))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError(?:\('task [\d,.]+ failed on purpose'\))?, and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while [\d,.]+ tasks? (?:was|were) still running"
