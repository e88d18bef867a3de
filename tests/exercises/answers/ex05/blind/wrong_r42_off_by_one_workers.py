# Written from the student copy alone, without seeing the check or the solution.
# WRONG: too few concurrent calls. Correct bounded queue + sentinels, but starts workers - 1 threads ("the main thread, which reads the stream, is one of the workers"), so the peak is 7 calls of process at once instead of 8.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    n = max(1, workers - 1)  # the bug: the reading thread does not call process
    q = queue.Queue(maxsize=n)
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

    threads = [threading.Thread(target=worker) for _ in range(n)]
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
FAILS_WITH = r"never had more than 7 calls of process running at once"
