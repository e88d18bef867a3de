# Written from the student copy alone, without seeing the check or the solution.
# WRONG: swallows exceptions. Bounded queue + sentinels + join, all fine, but a worker catches the exception of process(), prints it and carries on, so process_stream returns a sum instead of raising.
import queue
import threading
import traceback

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = 0

    def worker():
        nonlocal total
        while True:
            item = q.get()
            if item is _DONE:
                return
            try:
                result = process(item)
            except Exception:
                traceback.print_exc()  # "log it and keep the worker alive"
                continue
            with lock:
                total += result

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            q.put(item)
    finally:
        for _ in threads:
            q.put(_DONE)
        for t in threads:
            t.join()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"but process_stream\(items, process, workers\) returned [\d,.]+: the exception was lost"
