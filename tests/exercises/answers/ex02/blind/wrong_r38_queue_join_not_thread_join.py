# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "then join them all" (and "no thread may outlive the call"): the workers are daemons and are never
# joined; pool_map waits with tasks.join() instead. (Comment corrected after the run: since task_done() is also
# called for each sentinel, tasks.join() returns only once every worker has taken its sentinel, i.e. after every task
# has finished, so "done means done" holds; what is broken is only that no worker is joined and a worker thread may
# still be alive, on its way out, when pool_map returns.)
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while (task := tasks.get()) is not None:
            tasks.task_done()  # taken
            index, item = task
            try:
                results[index] = fn(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
        tasks.task_done()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            n = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        tasks.join()  # every task taken
    if errors:
        raise errors[0]
    return [results.get(i) for i in range(n)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,]+ of its threads (?:was|were) still alive|pool_map returned without joining \d+ of its 4 workers"
