# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: bounded queue (maxsize=workers) fed by the calling thread, `workers` threads stopped by sentinels and joined; errors drained, then re-raised after join.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)  # put() blocks when full: backpressure
    lock = threading.Lock()
    failed = threading.Event()
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            item = q.get()  # blocks, no spinning
            if item is _DONE:
                return
            if failed.is_set():
                item = None  # keep draining so the producer never blocks forever
                continue
            try:
                result = process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            else:
                with lock:
                    total += result
            item = None  # do not hold the payload while waiting for the next one

    threads = [threading.Thread(target=worker, name=f"stream-worker-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:  # only this thread advances the generator
            if failed.is_set():
                break
            q.put(item)
            item = None
    finally:
        for _ in threads:
            q.put(_DONE)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return total
