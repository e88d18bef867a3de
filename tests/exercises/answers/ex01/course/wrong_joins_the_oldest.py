# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: no semaphore; before each start it joins the oldest thread. At most `limit` threads, but a slow
# oldest task keeps the next thread from starting while the other places sit idle: the notebook asks
# that a freed permit start the next thread at once. (Until the checks counted this, it was kept as right.)
import threading


def bounded_spawn(fn, items, limit):
    """No semaphore: at most `limit` threads, the oldest joined before the next starts."""
    results: dict = {}
    live: list[threading.Thread] = []
    for i, x in enumerate(items):
        if len(live) == limit:
            live.pop(0).join()
        live.append(threading.Thread(target=lambda i=i, x=x: results.__setitem__(i, fn(x))))
        live[-1].start()
    for thread in live:
        thread.join()
    return [results[i] for i in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started"
