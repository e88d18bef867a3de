# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore with 'with'-less acquire in the loop, release in finally;
# after the first error, it stops starting new threads (fail fast), still joins
# every thread already started, then raises that same exception. The contract
# only asks that the exception be raised once every thread is joined.
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    failed = threading.Event()
    out = []
    errs = []
    threads = []

    def run(slot, x):
        try:
            slot.append(fn(x))
        except BaseException as e:
            errs.append(e)
            failed.set()
        finally:
            sem.release()

    for x in items:
        sem.acquire()
        if failed.is_set():
            sem.release()
            break
        slot = []
        out.append(slot)
        t = threading.Thread(target=run, args=(slot, x))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errs:
        raise errs[0]
    return [s[0] for s in out]
