# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the queue-docs pattern: daemon workers that loop for ever with task_done(), and pool_map waits on tasks.join() instead of sentinels and thread joins, so every worker is left running after return.
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
            index, item = tasks.get()
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            finally:
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        tasks.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,.]+ of its threads (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
