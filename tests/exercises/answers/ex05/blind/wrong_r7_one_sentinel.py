# Written from the student copy alone, without seeing the check or the solution.
# WRONG: only one sentinel is put in the queue for all the workers.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    totals = []
    errors = []
    failed = threading.Event()

    def worker():
        subtotal = 0
        while True:
            item = q.get()
            if item is _STOP:
                break
            if failed.is_set():
                continue
            try:
                subtotal += process(item)
            except Exception as exc:
                errors.append(exc)
                failed.set()
            item = None
        totals.append(subtotal)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
            item = None
    finally:
        q.put(_STOP)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"all 100,000 items were processed, but process_stream did not return within [\d.]+ s"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
