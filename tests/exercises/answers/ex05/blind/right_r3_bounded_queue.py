# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: backpressure through a bounded queue.Queue: the calling thread takes the items one at a time
# and put() blocks while the queue is full, so at most `workers` queued + `workers` running items exist.
# Idle workers block in get(). A failing worker records the first error and keeps draining (without
# processing) so the producer never blocks for ever; the producer stops taking items, all workers are
# joined, and only then is the error raised.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    totals = []
    errors = []
    failed = threading.Event()

    def work():
        subtotal = 0
        while True:
            item = tasks.get()
            if item is _DONE:
                break
            if not failed.is_set():
                try:
                    subtotal += process(item)
                except BaseException as error:  # noqa: BLE001 - handed to the caller below
                    with lock:
                        errors.append(error)
                    failed.set()
            del item  # let the payload go before waiting for the next one
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            tasks.put(item)
            del item
    finally:
        for _ in threads:
            tasks.put(_DONE)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
