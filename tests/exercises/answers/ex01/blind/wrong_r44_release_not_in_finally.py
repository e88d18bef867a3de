# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is released only on the success path (no finally), so a task that raises keeps its permit for ever and the spawner eventually blocks.
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
        except Exception as exc:
            with lock:
                errors.append(exc)
            return
        permits.release()

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
FAILS_WITH = r"bounded_spawn\(fn, items, limit=[\d,.]+\) did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\."
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
