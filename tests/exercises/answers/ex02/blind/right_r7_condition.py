# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Condition guards results, the first error and a count of workers finished; the caller waits on it, then still joins every worker.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    cond = threading.Condition()
    state = {"results": {}, "error": None, "finished": 0}

    def worker():
        try:
            while (task := tasks.get()) is not None:
                index, item = task
                try:
                    value = fn(item)
                except Exception as exc:
                    with cond:
                        if state["error"] is None:
                            state["error"] = exc
                else:
                    with cond:
                        state["results"][index] = value
        finally:
            with cond:
                state["finished"] += 1
                cond.notify_all()

    threads = []
    for _ in range(workers):
        t = threading.Thread(target=worker, name="pool-worker")
        t.start()
        threads.append(t)
    total = 0
    try:
        for item in items:
            tasks.put((total, item))
            total += 1
    finally:
        for _ in range(workers):
            tasks.put(None)
        with cond:
            cond.wait_for(lambda: state["finished"] == workers)
        for t in threads:
            t.join()
    if state["error"] is not None:
        raise state["error"]
    return [state["results"][i] for i in range(total)]
