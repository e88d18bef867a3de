# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises a new RuntimeError wrapping the task's error instead of the task's
# own exception. Breaks: "If `fn` raises, `bounded_spawn` raises that same
# exception".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
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
        raise RuntimeError(f"{len(errors)} task(s) failed") from errors[0]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn, items, limit=[\d,.]+\) raised RuntimeError: "
