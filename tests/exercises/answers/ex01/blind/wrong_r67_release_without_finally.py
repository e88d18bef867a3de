# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the permit is given back only after fn returns, not in a finally: block, so a task that raises keeps its permit for ever.
# Breaks: "Give the permit back when the task ends, in a `finally:` block, so a task that raises does not keep it for ever."
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
            permits.release()
        except Exception as exc:
            errors.append(exc)

    try:
        for index, item in enumerate(items):
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn\(fn, items, limit=[\d,.]+\) did not finish [\d,.]+ tasks? within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\. In this run tasks [\d,.]+ [\d,.]+ and [\d,.]+"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
