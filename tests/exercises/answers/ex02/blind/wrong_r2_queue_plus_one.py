# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: queue.Queue(maxsize=queue_size + 1) ("the sentinel needs a
# slot"), so one more item than allowed is taken. Breaks: "from a
# `queue.Queue(maxsize=queue_size)`" and "at most `workers + queue_size + 1`
# items are taken from `items` and not yet finished".
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size + 1)
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
