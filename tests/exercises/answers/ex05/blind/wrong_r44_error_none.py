# Written from the student copy alone, without seeing the check or the solution.
# WRONG: stops cleanly when process raises, but then returns None instead of raising the exception to the caller.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers
    failed = threading.Event()

    def work(slot):
        total = 0
        while True:
            item = q.get()
            if item is _STOP:
                break
            if not failed.is_set():
                try:
                    total += process(item)
                except Exception:
                    failed.set()
            del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
            del item
    finally:
        for _ in threads:
            q.put(_STOP)
        for t in threads:
            t.join()
    if failed.is_set():
        return None  # no valid sum
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
