# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: the threads are never joined: it returns while the last tasks still run, their results missing.
import threading


def bounded_spawn(fn, items, limit):
    permits = threading.Semaphore(limit)
    results = {}

    def run(i, x):
        try:
            results[i] = fn(x)
        finally:
            permits.release()

    items = list(items)
    for i, x in enumerate(items):
        permits.acquire()
        threading.Thread(target=run, args=(i, x)).start()
    return [results.get(i) for i in range(len(items))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+"
