# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises before the workers finish. "Fail fast": as soon as the producer sees a recorded error it re-raises it, without stopping or joining the workers, so calls of process are still running and threads are alive when the exception leaves process_stream.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            item = q.get()
            if item is _DONE:
                return
            try:
                result = process(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    total += result

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        if errors:
            raise errors[0]  # the bug: the other workers are still busy (and never told to stop)
        q.put(item)
    for _ in threads:
        q.put(_DONE)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ (?:calls? of process (?:was|were) still running|of the threads it started (?:was|were) still alive)"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
