# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: the incident's spawner, a thread per item, all started at once: no bound at all.
import threading


def bounded_spawn(fn, items, limit):
    results = {}
    threads = [threading.Thread(target=lambda i=i, x=x: results.update({i: fn(x)})) for i, x in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[i] for i in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once; the limit was [\d,.]+\."
