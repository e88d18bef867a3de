# Written from the student copy alone, without seeing the check or the solution.
# WRONG: deadlocks when process raises. Bounded queue + q.join() + sentinels + Thread.join, but q.task_done() is only called after a successful call, so after the first exception q.join() waits forever (the error is never raised; the check should report it stuck / timed out on the error run).
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
                q.task_done()
                return
            try:
                result = process(item)
                with lock:
                    total += result
                q.task_done()  # the bug: skipped when process raises
            except Exception as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        q.put(item)
    q.join()  # wait until every item is processed
    for _ in threads:
        q.put(_DONE)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream took or processed no item for [\d,.]+ s after process\(\)"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
