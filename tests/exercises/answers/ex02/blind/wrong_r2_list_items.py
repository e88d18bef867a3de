# Written from the student copy alone, without seeing the check or the solution.
# WRONG: items = list(items) first "to know how many there are", so every item
# is taken before any task runs. Breaks: "at most `workers + queue_size + 1` items
# are taken from `items` and not yet finished ... and the check counts exactly
# that" (the whole point of the bounded queue: backpressure on the input).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    items = list(items)
    results = [None] * len(items)
    q = queue.Queue(maxsize=queue_size)
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
    try:
        for i, x in enumerate(items):
            q.put((i, x))
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pool took [\d,.]+ items from the input before they were done; with [\d,.]+ workers and a queue of [\d,.]+, at most [\d,.]+ should be in flight"
