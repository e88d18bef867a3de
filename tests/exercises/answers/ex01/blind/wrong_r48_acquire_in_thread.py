# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken inside the thread, so only running tasks are bounded: every thread is started at once and the generator is read to its end.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()
    threads = []

    def run(index, item):
        with permits:
            try:
                results[index] = fn(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)

    count = 0
    try:
        for index, item in enumerate(items):
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            count += 1
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once whose task had not finished, though only [\d,.]+ may be"
