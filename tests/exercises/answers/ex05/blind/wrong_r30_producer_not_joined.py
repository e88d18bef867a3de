# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a daemon producer thread fills the bounded queue and the caller joins only the workers, which all quit once one call fails, so after an error the producer is left blocked in put() for ever.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers
    errors = []

    def producer():
        for item in items:
            q.put(item)
            item = None
        for _ in range(workers):
            q.put(None)

    def worker(i):
        while not errors:
            item = q.get()
            if item is None:
                return
            try:
                totals[i] += process(item)
            except Exception as e:
                errors.append(e)
                return
            item = None

    threading.Thread(target=producer, daemon=True).start()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while 1 of the threads it started was still alive; none may outlive the call, even when it raises"
RUN_ALONE = True  # its producer stays blocked in put() for ever
