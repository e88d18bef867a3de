# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sends queue_size sentinels (one per queue slot) instead of one per worker, which hangs whenever queue_size < workers.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in range(queue_size):
            tasks.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"all 6 tasks finished, but pool_map did not return within [\d.]+ s"
# It leaves threads blocked for ever: run it in a process of its own.
RUN_ALONE = True
