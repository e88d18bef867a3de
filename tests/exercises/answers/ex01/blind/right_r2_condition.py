# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a condition variable with a counter of live tasks instead of a
# Semaphore object (the same permit logic written by hand): the spawner waits
# while active >= limit, increments before starting the thread; the thread
# decrements and notifies in finally. Results pre-slotted in a list that grows
# with the input; first exception raised (time order) re-raised after joining all.
import threading


def bounded_spawn(fn, items, limit):
    cond = threading.Condition()
    active = 0
    results = []
    first_error = []
    threads = []

    def run(i, x):
        nonlocal active
        try:
            results[i] = fn(x)
        except BaseException as e:
            with cond:
                if not first_error:
                    first_error.append(e)
        finally:
            with cond:
                active -= 1
                cond.notify()

    for i, x in enumerate(items):
        with cond:
            while active >= limit:
                cond.wait()
            active += 1
        results.append(None)
        t = threading.Thread(target=run, args=(i, x))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if first_error:
        raise first_error[0]
    return results
