# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads items in a separate feeder thread (so pool_map "stays free"), and
# joins it. Breaks: "read it once, in `pool_map` itself" and "No thread but the
# workers". (Also a read error is lost in the feeder thread, not raised.)
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    count = [0]
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

    def feeder():
        try:
            for i, x in enumerate(items):
                q.put((i, x))
                count[0] = i + 1
        finally:
            for _ in range(workers):
                q.put(None)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    f = threading.Thread(target=feeder)
    f.start()
    f.join()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count[0])]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pool had [\d,.]+ threads alive at once; it should have [\d,.]+, its workers"
