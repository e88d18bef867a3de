# Written from the student copy alone, without seeing the check or the solution.
# Mistake: joins each worker with a short timeout "so it can never hang", so it returns while the last (0.3 s) call is still running.
# Breaks: "When `process_stream` returns, every item has been processed and every thread it started has ended: stop each worker and join it"
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
            except Exception as exc:
                with lock:
                    errors.append(exc)
                failed.set()
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
            thread.join(timeout=0.1)
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items? had been processed \([\d,.]+ still being processed\)\. Hint: every item must be processed, the"
