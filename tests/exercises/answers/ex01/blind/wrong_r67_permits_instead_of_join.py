# Written from the student copy alone, without seeing the check or the solution.
# Mistake: instead of joining the threads, the spawner waits until it can take all `limit` permits back, and returns with the threads never joined.
# Breaks: "Join every thread before you return."
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    count = 0

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            threading.Thread(target=run, args=(index, item)).start()
            count += 1
    finally:
        # Every task has given its permit back once we hold them all.
        for _ in range(limit):
            permits.acquire()
        for _ in range(limit):
            permits.release()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner returned without joining [\d,.]+ of its [\d,.]+ threads?: their tasks had finished, but a thread that has given its permit back may still"
