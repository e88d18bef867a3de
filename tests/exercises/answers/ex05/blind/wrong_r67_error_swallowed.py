# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches the exception of process in the worker, counts that item as 0 and carries on; nothing is raised.
# Breaks: "If `process` raises, `process_stream` raises that exception"
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)  # put() blocks when full: that is the backpressure
    lock = threading.Lock()
    totals = []
    errors = []
    failed = threading.Event()

    def work():
        total = 0
        while True:
            item = tasks.get()  # blocks, no polling
            if item is _STOP:
                break
            if failed.is_set():
                continue  # after an error, drain the queue without processing
            try:
                total += process(item)
            except Exception:
                pass  # skip the bad item, keep the stream going
        with lock:
            totals.append(total)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            tasks.put(item)
        item = None
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+ on purpose'\), but process_stream\(items, process, workers\) returned [\d,.]+: the"
