# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each thread appends its result to a shared list when it finishes, so
# results come back in completion order. Breaks: "It returns
# `[fn(item) for item in items]`, in input order".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = []
    errors = []

    def run(x):
        try:
            results.append(fn(x))
        except BaseException as e:
            errors.append(e)
        finally:
            sem.release()

    threads = []
    for x in items:
        sem.acquire()
        t = threading.Thread(target=run, args=(x,))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"bounded_spawn returned .*; expected the [\d,.]+ results in input order, .*\. Yours are the right results, in another order"
