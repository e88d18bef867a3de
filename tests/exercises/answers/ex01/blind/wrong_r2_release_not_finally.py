# Written from the student copy alone, without seeing the check or the solution.
# WRONG: releases the permit only after fn returns normally (not in finally); a
# task that raises keeps its permit forever. With as many failures as permits the
# spawner blocks for ever (MAY HANG: the check says it gives up after a few
# seconds). Breaks: "Give the permit back when the task ends, in a `finally:`
# block, so a task that raises does not keep it for ever."
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = {}
    errors = []

    def run(i, x):
        try:
            results[i] = fn(x)
            sem.release()
        except BaseException as e:
            errors.append(e)

    threads = []
    for i, x in enumerate(items):
        sem.acquire()
        t = threading.Thread(target=run, args=(i, x), daemon=True)
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"bounded_spawn\(fn, items, limit=[\d,.]+\) did not finish [\d,.]+ tasks within [\d,.]+ s: .* is a permit not given back when fn raises\?"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
