# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no semaphore; when `limit` threads are out, the spawner joins the OLDEST
# one (FIFO window) before starting the next, so a slow first task blocks new
# starts although other threads have finished. Breaks: "do not wait for one
# particular thread ... to end first".
import collections
import threading


def bounded_spawn(fn, items, limit):
    results = {}
    errors = []
    window = collections.deque()
    threads = []

    def run(i, x):
        try:
            results[i] = fn(x)
        except BaseException as e:
            errors.append(e)

    for i, x in enumerate(items):
        if len(window) >= limit:
            window.popleft().join()
        t = threading.Thread(target=run, args=(i, x))
        t.start()
        window.append(t)
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(threads))]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks"
