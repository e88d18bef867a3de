# Written from the student copy alone, without seeing the check or the solution.
# WRONG: swallows the task's error: the worker catches it and carries on (except Exception: continue), so the caller gets a sum and never sees the exception.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    totals = []
    errors = []
    failed = threading.Event()

    def work():
        subtotal = 0
        while True:
            item = tasks.get()
            if item is _STOP:
                break
            if failed.is_set():
                del item
                continue
            try:
                subtotal += process(item)
            except Exception:
                continue  # skip the item that failed, keep the stream going
            del item
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            tasks.put(item)
            del item
            if failed.is_set():
                break
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
