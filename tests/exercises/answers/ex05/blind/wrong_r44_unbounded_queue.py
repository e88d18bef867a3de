# Written from the student copy alone, without seeing the check or the solution.
# WRONG: queue.Queue() without maxsize: the reader never blocks, takes the whole stream while the first sends wait, and memory grows.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue()
    totals = [0] * workers
    errors = []
    failed = threading.Event()

    def work(slot):
        total = 0
        while True:
            item = q.get()
            if item is _STOP:
                break
            if not failed.is_set():
                try:
                    total += process(item)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
            del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
            del item
    except BaseException as exc:
        errors.append(exc)
        failed.set()
    finally:
        for _ in threads:
            q.put(_STOP)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
