# Written from the student copy alone, without seeing the check or the solution.
# Right: fresh object() sentinel, preallocated growing list, first error via a one-shot slot under a lock.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    done = object()
    tasks = queue.Queue(maxsize=queue_size)
    out = []
    out_lock = threading.Lock()
    first = [None]

    def run():
        for task in iter(tasks.get, done):
            i, x = task
            try:
                r = fn(x)
            except Exception as e:
                with out_lock:
                    if first[0] is None:
                        first[0] = e
                continue
            with out_lock:
                out[i] = r

    pool = []
    for _ in range(workers):
        th = threading.Thread(target=run, daemon=True)
        th.start()
        pool.append(th)
    try:
        i = 0
        for x in items:
            with out_lock:
                out.append(None)
            tasks.put((i, x))
            i += 1
    finally:
        for _ in range(workers):
            tasks.put(done)
        for th in pool:
            th.join()
    if first[0] is not None:
        raise first[0]
    return out
