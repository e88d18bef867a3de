# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts threads in groups of `limit` and joins the whole group before starting the next, so a freed place is not refilled at once (a slow task idles the others).
import itertools
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()

    def run(index, item):
        try:
            results[index] = fn(item)
        except BaseException as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    iterator = enumerate(items)
    count = 0
    while True:
        group = list(itertools.islice(iterator, limit))
        if not group:
            break
        threads = []
        for index, item in group:
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            count += 1
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+"
