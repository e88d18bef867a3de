# Written from the student copy alone, without seeing the check or the solution.
# WRONG: No sentinels: a worker leaves its loop when q.get(timeout=0.5) finds the queue empty, so with a slow input the workers can all leave and the feeder blocks for ever.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            try:
                task = q.get(timeout=0.5)
            except queue.Empty:
                break  # nothing came for a while: the work is over
            index, item = task
            try:
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                results[index] = value

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            q.put((index, item))
            count = index + 1
    finally:
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the input paused for 1\.1 s before its last item, \d+ of your workers ended"
