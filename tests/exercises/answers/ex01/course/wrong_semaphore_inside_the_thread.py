# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: the permit is taken inside the thread: the tasks are bounded, but every thread is started at once.
import threading


def bounded_spawn(fn, items, limit):
    permits = threading.Semaphore(limit)
    results = {}

    def run(i, x):
        with permits:  # bounds the tasks running, not the threads started
            results[i] = fn(x)

    threads = [threading.Thread(target=run, args=(i, x)) for i, x in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[i] for i in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once whose task had not finished, though"
