# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps every payload alive after its work is done: each worker records (item, result) pairs and the sum is taken at the end, so memory grows with the whole stream.
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
        done = []  # (payload, result) pairs, summed at the end
        while True:
            item = tasks.get()
            if item is _STOP:
                break
            if failed.is_set():
                del item
                continue
            try:
                done.append((item, process(item)))
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            del item
        with lock:
            totals.append(sum(result for _, result in done))

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
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
