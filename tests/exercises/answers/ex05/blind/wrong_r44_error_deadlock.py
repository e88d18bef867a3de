# Written from the student copy alone, without seeing the check or the solution.
# WRONG: when process raises, every worker quits at once, but the reader keeps putting into the full bounded queue and blocks for ever (stuck).
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    stop = threading.Event()
    totals = [0] * workers
    errors = []

    def work(slot):
        total = 0
        while not stop.is_set():
            item = q.get()
            if item is _STOP:
                break
            try:
                total += process(item)
            except BaseException as exc:
                errors.append(exc)
                stop.set()  # tell everyone to quit
            del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        q.put(item)
        del item
    for _ in threads:
        q.put(_STOP)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream took or processed no item for [\d,.]+ s after process\(\) raised on item [\d,.]+ \([\d,.]+ of [\d,.]+ processed\)\. Does"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
