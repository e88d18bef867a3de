# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a worker keeps the exception but then leaves its loop instead of going on with
# the next task; once as many tasks have failed as there are workers, nobody takes from
# the queue and the caller's put() waits for ever.
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
                return  # this worker has failed: stop
            with lock:
                results[index] = value
            item = value = None

    threads = []
    count = 0
    try:
        for _ in range(workers):
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
FAILS_WITH = r"pool_map did not finish 16 tasks within [\d.]+ s: .* does a worker leave its loop when a task raises\?"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
