# Written from the student copy alone, without seeing the check or the solution.
# WRONG (threads leaked): daemon workers loop for ever on get(); pool_map waits with Queue.join() and never sends sentinels nor joins them.
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
            index, item = task
            try:
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results[index] = value
            tasks.task_done()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
        tasks.join()
    finally:
        pass
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,]+ of its threads (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
