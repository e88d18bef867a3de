# Written from the student copy alone, without seeing the check or the solution.
# Wrong: bound exceeded by one: the main thread takes items AND processes one itself while workers do too (workers + 1 calls of process at once).
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    stop = object()
    lock = threading.Lock()
    total = 0
    errors = []
    failed = threading.Event()

    def run(item):
        nonlocal total
        try:
            r = process(item)
        except BaseException as e:
            errors.append(e)
            failed.set()
            return
        with lock:
            total += r

    def worker():
        while True:
            item = q.get()
            if item is stop:
                return
            if not failed.is_set():
                run(item)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            try:
                q.put_nowait(item)
            except queue.Full:
                run(item)  # "help out" when the queue is full: a 9th concurrent call
        item = None
    finally:
        for _ in threads:
            q.put(stop)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream had [\d,]+ calls of process running at once; with workers=8 threads, at most 8 may run"
