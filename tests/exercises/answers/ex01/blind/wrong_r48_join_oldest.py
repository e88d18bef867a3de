# Written from the student copy alone, without seeing the check or the solution.
# WRONG: when `limit` threads are out the loop joins the oldest one before starting another, waiting for one particular thread instead of any freed permit.
import collections
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()
    window = collections.deque()

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
            if len(window) >= limit:
                window.popleft().join()
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            window.append(thread)
            count += 1
    finally:
        while window:
            window.popleft().join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+"
