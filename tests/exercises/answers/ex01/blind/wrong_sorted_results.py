# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results are collected in completion order and then sorted, to "put them back in
# order". That only looks right when fn's results rise with the input (fn = square on
# 0..n); for any other fn (or unorderable results) the order is wrong or sorted() raises.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []

    def run(item):
        try:
            results.append(fn(item))
        except Exception as error:
            errors.append(error)
        finally:
            permits.release()

    for item in items:
        permits.acquire()
        thread = threading.Thread(target=run, args=(item,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
