# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore taken per item in the loop, released in finally; each thread writes an (ok, value) pair to its slot and stamps errors with a global order, so the first raised is the one re-raised after all joins.
import itertools
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    sem = threading.Semaphore(limit)
    outcomes = []
    stamp = itertools.count()
    threads = []

    def task(slot, item):
        try:
            outcomes[slot] = (True, fn(item), None)
        except BaseException as exc:
            outcomes[slot] = (False, exc, next(stamp))
        finally:
            sem.release()

    try:
        for slot, item in enumerate(items):
            sem.acquire()
            outcomes.append(None)
            worker = threading.Thread(target=task, args=(slot, item), name=f"bounded-spawn-{slot}")
            try:
                worker.start()
            except BaseException:
                sem.release()
                raise
            threads.append(worker)
    finally:
        for worker in threads:
            worker.join()
    failures = [(order, exc) for ok, exc, order in outcomes if not ok]
    if failures:
        raise min(failures, key=lambda pair: pair[0])[1]
    return [value for _, value, _ in outcomes]
