# Written from the student copy alone, without seeing the check or the solution.
# Wrong: waits with q.join()/task_done() for the tasks, sends the sentinels but never joins the worker threads, so they can outlive the call.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            index, item = task
            try:
                value = fn(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
            else:
                results[index] = value
            finally:
                q.task_done()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for index, item in enumerate(items):
            q.put((index, item))
            n = index + 1
    finally:
        q.join()
        for _ in threads:
            q.put(None)
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,]+ of its threads (?:was|were) still alive"
