# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken inside the thread (with sem:), so every thread is
# started at once and only the running of fn is bounded. Breaks: "Take a permit
# **before** you start each thread, in the spawning loop" / "at most `limit` of
# those threads alive at once".
import threading


def bounded_spawn(fn, items, limit):
    sem = threading.Semaphore(limit)
    results = {}
    errors = []

    def run(i, x):
        with sem:
            try:
                results[i] = fn(x)
            except BaseException as e:
                errors.append(e)

    threads = []
    for i, x in enumerate(items):
        t = threading.Thread(target=run, args=(i, x))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once whose task had not finished, though only [\d,.]+ may be"
