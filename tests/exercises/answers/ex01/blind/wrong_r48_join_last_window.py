# Written from the student copy alone, without seeing the check or the solution.
# WRONG: at the end it joins only the last `limit` threads, assuming earlier ones are done since their permits came back, so it can return while a slow early task still runs.
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

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
    for thread in threads[-limit:]:
        thread.join()
    if errors:
        raise errors[0]
    return [results.get(i) for i in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: join every"
