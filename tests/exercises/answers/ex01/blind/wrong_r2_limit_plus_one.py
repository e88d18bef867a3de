# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: Semaphore(limit + 1) ("the main thread is also running, so
# add one"), so limit+1 task threads can be alive at once. Breaks: "with at most
# `limit` of those threads alive at once".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit + 1)
    results = {}
    errors = []

    def run(i, x):
        try:
            results[i] = fn(x)
        except BaseException as e:
            errors.append(e)
        finally:
            sem.release()

    threads = []
    for i, x in enumerate(items):
        sem.acquire()
        t = threading.Thread(target=run, args=(i, x))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once; the limit was [\d,.]+\."
