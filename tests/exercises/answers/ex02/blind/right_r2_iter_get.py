# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers use `for task in iter(q.get, None)`; results stored in a list
# that pool_map grows before each put (slot exists before a worker can write);
# the first error is recorded with a compare-and-set under a lock.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = []
    first = []
    lock = threading.Lock()

    def worker():
        for i, x in iter(q.get, None):
            try:
                results[i] = fn(x)
            except Exception as e:
                with lock:
                    if not first:
                        first.append(e)
            finally:
                del x

    pool = []
    for _ in range(workers):
        t = threading.Thread(target=worker)
        t.start()
        pool.append(t)
    try:
        it = iter(items)
        i = 0
        for x in it:
            results.append(None)
            q.put((i, x))
            del x
            i += 1
    finally:
        for _ in range(workers):
            q.put(None)
        for t in pool:
            t.join()
    if first:
        raise first[0]
    return results
