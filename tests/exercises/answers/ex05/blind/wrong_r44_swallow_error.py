# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception from process is caught in the worker and counted as 0, so it never reaches the caller and a sum is returned.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers

    def work(slot):
        total = 0
        while True:
            item = q.get()
            if item is _STOP:
                break
            try:
                total += process(item)
            except Exception:
                pass  # a failed send counts as nothing; keep the worker alive
            del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            q.put(item)
            del item
    finally:
        for _ in threads:
            q.put(_STOP)
        for t in threads:
            t.join()
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
