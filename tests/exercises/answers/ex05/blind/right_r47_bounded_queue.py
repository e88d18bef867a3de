# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the calling thread takes items one by one into a Queue(maxsize=workers) that blocks it when full; `workers` threads block on get(), sum locally, and on an error stop processing and drain; sentinels stop them, all are joined, then the first error is re-raised.
import queue
import threading

_STOP = object()


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
            item = tasks.get()  # blocks: no CPU while waiting
            if item is _STOP:
                break
            if failed.is_set():
                del item  # drain without processing, so the feeder never blocks for good
                continue
            try:
                subtotal += process(item)
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            del item  # the payload is not kept past its call
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:  # one item taken at a time, only once the queue has room
            tasks.put(item)
            del item
            if failed.is_set():
                break
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
