# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: threading.Semaphore(limit); the spawning loop acquires a permit before
# each Thread.start(); the thread releases it in finally. Results go in a dict by
# index; exceptions are kept (first one raised, in time order) and re-raised
# after every thread has been joined.
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = {}
    errors = []
    lock = threading.Lock()

    def run(i, x):
        try:
            r = fn(x)
            with lock:
                results[i] = r
        except BaseException as e:
            with lock:
                errors.append(e)
        finally:
            sem.release()

    threads = []
    n = 0
    for i, x in enumerate(items):
        sem.acquire()
        t = threading.Thread(target=run, args=(i, x))
        t.start()
        threads.append(t)
        n = i + 1
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]
