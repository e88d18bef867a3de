# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads `items` in an extra feeder thread instead of in pool_map itself, so there
# is a thread besides the workers (and an error raised while reading the input dies in
# that thread instead of reaching the caller).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()
    counted = [0]

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            task = None
            try:
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results[index] = value
            item = value = None

    def feeder():
        try:
            for index, item in enumerate(items):
                tasks.put((index, item))
                counted[0] = index + 1
        finally:
            for _ in range(workers):
                tasks.put(None)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    feeding = threading.Thread(target=feeder)
    feeding.start()
    feeding.join()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(counted[0])]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool had 5 threads alive at once; it should have 4, its workers\."
