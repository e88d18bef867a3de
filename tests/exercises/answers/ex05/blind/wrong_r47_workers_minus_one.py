# Written from the student copy alone, without seeing the check or the solution.
# WRONG: counts the calling thread that reads the stream as one of the workers and starts workers - 1 processing threads, so only 7 calls run at once, not 8.
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

    threads = [threading.Thread(target=work) for _ in range(max(1, workers - 1))]  # the reader is one worker
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
FAILS_WITH = r"your process_stream never had more than [\d,.]+ calls of process running at once, over [\d,.]+ items"
