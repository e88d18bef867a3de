# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a "caller runs" policy: when the queue is full the reading thread processes the item itself, so workers + 1 calls of process run at once.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    errors = []
    totals = [0]

    def work():
        subtotal = 0
        while True:
            item = inbox.get()
            if item is _STOP:
                break
            if errors:
                continue
            try:
                subtotal += process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
            item = None
        with lock:
            totals[0] += subtotal

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    mine = 0
    try:
        for item in items:
            if errors:
                break
            try:
                inbox.put_nowait(item)
            except queue.Full:
                mine += process(item)  # busy workers: do it ourselves instead of waiting
            item = None
    except BaseException as exc:
        with lock:
            errors.append(exc)
    finally:
        for _ in threads:
            inbox.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return totals[0] + mine


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream had [\d,.]+ calls of process running at once"
