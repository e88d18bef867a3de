# Written from the student copy alone, without seeing the check or the solution.
# WRONG: as soon as the spawning loop sees a kept error it raises it, without joining the threads still running, so tasks outlive the call.
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
    for index, item in enumerate(items):
        permits.acquire()
        if errors:
            raise errors[0]
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
        count += 1
    for _ in range(limit):
        permits.acquire()
    if errors:
        raise errors[0]
    for thread in threads:
        thread.join()
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised PlantedError(?:\('task [\d,.]+ failed on purpose'\))?, and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while [\d,.]+ tasks? (?:was|were) still running"
