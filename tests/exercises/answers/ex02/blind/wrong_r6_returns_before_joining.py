# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before joining the workers: it waits with tasks.join() (every task and
# sentinel marked task_done) and returns, never calling thread.join(), so worker threads
# can still be alive when pool_map returns (and, had the input failed, nothing joins them).
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
            tasks.task_done()

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
    tasks.join()  # every task is done: no need to join the threads themselves
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"of pool_map's threads (?:was|were) still alive when it raised|the moment pool_map returned, [\d,]+ of its threads (?:was|were) still alive|pool_map returned without joining"
