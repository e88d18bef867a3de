# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception raised by fn is caught in the thread and its result is set
# to None; bounded_spawn never raises. Breaks: "If `fn` raises, `bounded_spawn`
# raises that same exception, once every thread has been joined".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = {}

    def run(i, x):
        try:
            results[i] = fn(x)
        except Exception:
            results[i] = None
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
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) returned .*: the exception was lost"
