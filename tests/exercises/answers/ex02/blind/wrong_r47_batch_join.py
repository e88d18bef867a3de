# Written from the student copy alone, without seeing the check or the solution.
# WRONG: puts the items a group of `workers` at a time and waits (tasks.join()) for the whole group before the next one: a freed worker waits instead of taking the next task, and the queue never fills.
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
                tasks.task_done()
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            finally:
                tasks.task_done()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
            if count % workers == 0:
                tasks.join()  # let this group finish before the next
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"with workers=[\d,.]+ and queue_size=[\d,.]+, your pool had at most [\d,.]+ batches taken from the input and not yet sent"
