# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor runs `workers` long-lived loops that read a bounded queue fed by the caller; sentinels stop them, each returns its subtotal; errors recorded, queue drained, raised after the with block.
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    failed = threading.Event()
    errors = []
    errors_lock = threading.Lock()

    def loop():
        subtotal = 0
        while True:
            item = q.get()
            if item is _STOP:
                return subtotal
            if not failed.is_set():
                try:
                    subtotal += process(item)
                except BaseException as exc:
                    with errors_lock:
                        errors.append(exc)
                    failed.set()
            item = None

    with ThreadPoolExecutor(max_workers=workers) as pool:
        loops = [pool.submit(loop) for _ in range(workers)]
        try:
            for item in items:
                if failed.is_set():
                    break
                q.put(item)  # blocks while all workers are busy and the queue is full
                item = None
        finally:
            for _ in loops:
                q.put(_STOP)
        total = sum(f.result() for f in loops)  # blocks until each loop has returned
    if errors:
        raise errors[0]
    return total
