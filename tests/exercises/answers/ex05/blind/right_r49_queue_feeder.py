# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller's thread feeds a queue of `workers` places; `workers` threads get(), process and stop on a sentinel; the first error stops the feeding and is raised after every join.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    failed = threading.Event()
    errors = []
    totals = []

    def work():
        subtotal = 0
        while True:
            item = inbox.get()  # blocks: no CPU while the stream is slow
            if item is _STOP:
                break
            if failed.is_set():
                item = None
                continue  # drain without processing, so the feeder never blocks for ever
            try:
                subtotal += process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            item = None  # let go of the payload at once
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, name=f"stream-worker-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    it = iter(items)
    try:
        while not failed.is_set():
            try:
                item = next(it)
            except StopIteration:
                break
            inbox.put(item)  # waits while every place is taken: backpressure
            item = None
    except BaseException as exc:  # the stream itself raised
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
