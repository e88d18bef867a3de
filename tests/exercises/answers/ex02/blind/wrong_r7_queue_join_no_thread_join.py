# Written from the student copy alone, without seeing the check or the solution.
# WRONG (threads outlive the call): waits for the work with Queue.join()/task_done(), sends sentinels, but never joins the worker threads.
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
                value = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    results[index] = value
            tasks.task_done()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
        tasks.join()
    finally:
        for _ in threads:
            tasks.put(None)
        pass
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,]+ of its threads (?:was|were) still alive; no thread may outlive the call"
