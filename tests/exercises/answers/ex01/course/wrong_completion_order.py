# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: results appended as the tasks finish: completion order, not input order.
import threading


def bounded_spawn(fn, items, limit):
    permits = threading.BoundedSemaphore(limit)
    results = []

    def run(x):
        try:
            results.append(fn(x))  # in the order the tasks finish
        finally:
            permits.release()

    threads = []
    for x in items:
        permits.acquire()
        threads.append(threading.Thread(target=run, args=(x,)))
        threads[-1].start()
    for thread in threads:
        thread.join()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
