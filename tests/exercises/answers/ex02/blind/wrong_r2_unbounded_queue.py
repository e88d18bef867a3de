# Written from the student copy alone, without seeing the check or the solution.
# WRONG: queue.Queue() with no maxsize, so the feeder races ahead and takes every
# item before the workers finish them. Breaks: "from a
# `queue.Queue(maxsize=queue_size)`" and "at most `workers + queue_size + 1`
# items are taken from `items` and not yet finished".
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue()
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

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for i, x in enumerate(items):
            q.put((i, x))
            n = i + 1
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pool took [\d,.]+ items from the input before they were done; with [\d,.]+ workers and a queue of [\d,.]+, at most [\d,.]+ should be in flight"
