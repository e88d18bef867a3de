# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception from process is caught in the worker and the item skipped, so process_stream returns a sum instead of raising.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    totals = []

    def work():
        subtotal = 0
        while True:
            item = inbox.get()
            if item is _STOP:
                break
            try:
                subtotal += process(item)
            except Exception:
                pass  # a failed send should not kill the worker
            item = None
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            inbox.put(item)
            item = None
    finally:
        for _ in threads:
            inbox.put(_STOP)
        for thread in threads:
            thread.join()
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
