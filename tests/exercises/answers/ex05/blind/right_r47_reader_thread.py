# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a dedicated reader thread (not a worker) moves items into a Queue(maxsize=1), then one sentinel per worker; `workers` threads block on get() and keep subtotals; an error sets a stop flag the reader checks before taking the next item; the caller joins every thread, then sums or re-raises the first error.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=1)
    lock = threading.Lock()
    subtotals = []
    errors = []
    stop = threading.Event()

    def fail(error):
        with lock:
            errors.append(error)
        stop.set()

    def read():
        try:
            for item in items:
                if stop.is_set():
                    break
                tasks.put(item)
                del item
        except BaseException as error:  # the stream itself failed
            fail(error)
        finally:
            for _ in range(workers):
                tasks.put(_STOP)

    def work():
        subtotal = 0
        while True:
            item = tasks.get()  # blocks without using the CPU
            if item is _STOP:
                break
            if not stop.is_set():  # after an error: drain, begin no new call
                try:
                    subtotal += process(item)
                except BaseException as error:
                    fail(error)
            del item
        with lock:
            subtotals.append(subtotal)

    threads = [threading.Thread(target=work, name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    reader = threading.Thread(target=read, name="stream-reader")
    reader.start()
    reader.join()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(subtotals)
