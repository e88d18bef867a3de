# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no try/finally around reading items: if the input fails while it is
# read, the sentinels are never sent and the workers are never joined; they stay
# blocked in q.get() (daemon threads, so the process can still exit). Breaks:
# "Use `try:`/`finally:` so the sentinels are sent and the workers joined even if
# reading `items` fails: then `pool_map` raises that error, and no thread may
# outlive the call."
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            i, x = task
            try:
                results[i] = fn(x)
            except Exception as e:
                with lock:
                    errors.append(e)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    for i, x in enumerate(items):
        q.put((i, x))
        n = i + 1
    for _ in threads:
        q.put(None)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"after reading the input failed, [\d,.]+ of pool_map's threads (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
