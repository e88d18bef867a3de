# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins threads in order and raises the first failure it meets while
# joining, leaving the later threads un-joined (still running). Breaks: "If `fn`
# raises, `bounded_spawn` raises that same exception, once every thread has been
# joined" and "Join every thread before you return".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = {}
    errors = {}

    def run(i, x):
        try:
            results[i] = fn(x)
        except BaseException as e:
            errors[i] = e
        finally:
            sem.release()

    threads = []
    for i, x in enumerate(items):
        sem.acquire()
        t = threading.Thread(target=run, args=(i, x), daemon=True)
        t.start()
        threads.append(t)
    for i, t in enumerate(threads):
        t.join()
        if i in errors:
            raise errors[i]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while [\d,.]+ tasks? (were|was) still running"
