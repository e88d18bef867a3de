# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: feed with put() into Queue(maxsize=queue_size), wait with q.join() (task_done per task), then one sentinel per worker and join, all inside finally; first error kept under a lock.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    q = queue.Queue(maxsize=queue_size)
    lock = threading.Lock()
    state = {"error": None}
    results = []

    def work():
        while True:
            task = q.get()
            try:
                if task is None:
                    return
                index, item = task
                task = None
                try:
                    results[index] = fn(item)
                except Exception as exc:
                    with lock:
                        if state["error"] is None:
                            state["error"] = exc
                finally:
                    item = None
            finally:
                q.task_done()

    threads = [threading.Thread(target=work, name=f"pool-worker-{n}") for n in range(workers)]
    for t in threads:
        t.start()
    try:
        for index, item in enumerate(items):
            results.append(None)
            q.put((index, item))
            item = None
    finally:
        q.join()  # every task taken has been done
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if state["error"] is not None:
        raise state["error"]
    return results
