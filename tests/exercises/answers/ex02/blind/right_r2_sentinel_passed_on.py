# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a single-sentinel variant done correctly: a worker that takes the
# sentinel puts it back before leaving, so one None stops every worker. Results in
# a preallocated-as-you-go list, errors recorded first-come under a lock, all
# workers joined in finally; read errors propagate.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = []
    state = {"error": None}
    lock = threading.Lock()

    def worker():
        while True:
            task = q.get()
            if task is None:
                q.put(None)
                return
            i, x = task
            del task
            try:
                results[i] = fn(x)
            except Exception as e:
                with lock:
                    if state["error"] is None:
                        state["error"] = e
            del x

    threads = [threading.Thread(target=worker, name=f"pool-{k}") for k in range(workers)]
    for t in threads:
        t.start()
    try:
        for i, x in enumerate(items):
            results.append(None)
            q.put((i, x))
            del x
    finally:
        q.put(None)
        for t in threads:
            t.join()
    if state["error"] is not None:
        raise state["error"]
    return results
