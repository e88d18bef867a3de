# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded queue and blocking workers, but on an error the reader raises
# at once, as soon as it sees it, without stopping or joining the workers (they
# are daemon threads, left blocked in get() or still inside process). Breaks
# "If process raises, process_stream raises that exception, once no call of
# process is running": other workers are still processing the queued items when
# it raises, and the threads are never cleaned up.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    total = [0]
    lock = threading.Lock()
    errors = []

    def work():
        while True:
            item = tasks.get()
            if item is None:
                return
            try:
                value = process(item)
            except Exception as exc:
                errors.append(exc)
                return
            with lock:
                total[0] += value

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        if errors:
            raise errors[0]
        tasks.put(item)
    for _ in threads:
        tasks.put(None)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"and process_stream\(items, process, workers\) raised it while [\d,.]+ (calls? of process (were|was) still running; it must raise once no call of process is running|of the threads it started (were|was) still alive; none may outlive the call, even when it raises)"
# Its workers go on after it raises, which no test can stop: it runs in a process of its own.
RUN_ALONE = True
