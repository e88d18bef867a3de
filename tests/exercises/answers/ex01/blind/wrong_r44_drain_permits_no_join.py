# Written from the student copy alone, without seeing the check or the solution.
# WRONG: instead of joining, waits until it can take all limit permits back ("then every task is done") and returns, so daemon threads are never joined and may still be running after return.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()
    count = 0

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        threading.Thread(target=run, args=(index, item), daemon=True).start()
        count += 1

    for _ in range(limit):
        permits.acquire()
    for _ in range(limit):
        permits.release()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner returned without joining [\d,.]+ of its [\d,.]+ threads: their tasks had finished, but a thread that has"
