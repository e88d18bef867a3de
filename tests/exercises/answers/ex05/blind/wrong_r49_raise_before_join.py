# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on the first error the reading thread raises at once, while the other workers' calls of process are still running (it never joins them on that path).
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

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        if failed.is_set():
            for _ in threads:
                inbox.put(_STOP)  # the workers drain and stop... eventually
            raise errors[0]  # fail fast: no join on this path
        inbox.put(item)
        item = None
    for _ in threads:
        inbox.put(_STOP)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ (?:calls? of process (?:was|were) still running|of the threads it started (?:was|were) still alive)"
