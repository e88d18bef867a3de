# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the last items are processed. Sends the stop sentinels but never joins the workers, so it returns total while up to 8 calls (including the 0.3 s last one) are still running: the sum misses them and threads are still alive.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
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
    for item in items:
        if failed.is_set():
            break
        q.put(item)
    for _ in threads:
        q.put(_DONE)  # "the sentinels stop them" -- but nobody waits for them to stop
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of 100,000 items had been processed"
