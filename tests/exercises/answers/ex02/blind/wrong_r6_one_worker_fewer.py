# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts workers - 1 threads, counting the calling thread (busy feeding the queue)
# as one of the workers, so only workers - 1 tasks ever run at once.
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

    threads = []
    count = 0
    try:
        # the main thread is already a thread doing the feeding, so it is one of the workers
        for _ in range(max(1, workers - 1)):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
        item = None
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool never ran more than [123] tasks? at once; with workers=4 it should run 4"
