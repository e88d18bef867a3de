# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts threads in groups of limit and joins the whole group before starting the next, so a freed place waits for the slowest thread of its group instead of being refilled at once.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()
    all_threads = []
    group = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            group.append(thread)
            all_threads.append(thread)
            if len(group) == limit:
                for member in group:
                    member.join()
                group = []
    finally:
        for thread in all_threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(len(all_threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+"
