# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: after feeding the queue and its stop markers it sums the subtotals without joining the (daemon) workers, so the last calls are still running and the sum is short.
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
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            del item
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
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
            tasks.put(_STOP)  # the daemon workers stop by themselves
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+ still being processed\)\. Hint:"
