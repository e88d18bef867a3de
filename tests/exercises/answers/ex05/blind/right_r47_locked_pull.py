# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: no feeder: each of `workers` threads takes its next item from the generator under a lock (so never two at once, and only when it is free), processes it, and stops at the end or at the first error; all are joined, then the first error is re-raised.
import threading

_END = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    take_lock = threading.Lock()
    state_lock = threading.Lock()
    errors = []
    totals = []
    stop = threading.Event()

    def work():
        subtotal = 0
        try:
            while not stop.is_set():
                with take_lock:  # a blocking acquire: an idle worker sleeps here
                    if stop.is_set():
                        break
                    item = next(iterator, _END)
                if item is _END:
                    break
                value = process(item)
                del item
                subtotal += value
        except BaseException as error:  # from process or from the stream
            with state_lock:
                errors.append(error)
            stop.set()
        with state_lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
