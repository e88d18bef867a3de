# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers loop with iter(q.get, None) over a bounded queue; the feeder appends a result slot per item; the first error is kept once under a lock; sentinels and joins in a finally.
import queue
import threading

_STOP = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    work = queue.Queue(maxsize=queue_size)
    slots = []
    first = []
    first_lock = threading.Lock()

    def loop():
        for index, item in iter(work.get, _STOP):
            try:
                slots[index] = fn(item)
            except Exception as exc:
                with first_lock:
                    if not first:
                        first.append(exc)
            finally:
                item = None

    pool = []
    try:
        for _ in range(workers):
            thread = threading.Thread(target=loop, name="pool-worker")
            thread.start()
            pool.append(thread)
        for item in items:
            slots.append(None)
            work.put((len(slots) - 1, item))
            item = None
    finally:
        for _ in pool:
            work.put(_STOP)
        for thread in pool:
            thread.join()
    if first:
        raise first[0]
    return slots
