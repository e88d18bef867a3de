# Written from the student copy alone, without seeing the check or the solution.
# WRONG: unbounded memory. Same queue + sentinel design as a right answer, but queue.Queue() has no maxsize, so put() never blocks and the producer takes items as fast as the generator makes them (no backpressure).
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue()  # no maxsize: the bug
    lock = threading.Lock()
    failed = threading.Event()
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            item = q.get()
            if item is _DONE:
                return
            if failed.is_set():
                continue
            try:
                result = process(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            else:
                with lock:
                    total += result

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
    finally:
        for _ in threads:
            q.put(_DONE)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"held too much at once: .*with [\d,.]+ items \([\d,.]+ MiB of payload\) taken from the stream"
