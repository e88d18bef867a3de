# Written from the student copy alone, without seeing the check or the solution.
# WRONG: counts the items first with sum(1 for _ in items), then iterates items
# again; a generator is then already exhausted, fn is never called and it
# returns a list of n Nones.
# Breaks: "`items` may be a generator: read it once."
import threading


def bounded_spawn(fn, items, limit):
    n = sum(1 for _ in items)
    results = [None] * n
    sem = threading.Semaphore(limit)
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
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"bounded_spawn never called fn, and returned"
