# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a worker also leaves its loop when get(timeout=0.5) finds the queue empty, so workers end while the input pauses before its next item instead of only at their sentinel.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            try:
                pair = tasks.get(timeout=0.5)
            except queue.Empty:
                break
            if pair is None:
                break
            index, item = pair
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\. Is a worker waiting on"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
