# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the feeding queue has no maxsize, so the reader takes the whole stream as fast as it is made and the payloads pile up in the queue.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue()  # no bound
    lock = threading.Lock()
    failed = threading.Event()
    errors = []
    totals = []

    def work():
        subtotal = 0
        while True:
            item = inbox.get()
            if item is _STOP:
                break
            if failed.is_set():
                continue
            try:
                subtotal += process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            item = None
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    it = iter(items)
    try:
        while not failed.is_set():
            try:
                item = next(it)
            except StopIteration:
                break
            inbox.put(item)
            item = None
    except BaseException as exc:
        with lock:
            errors.append(exc)
        failed.set()
    finally:
        for _ in threads:
            inbox.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once"
