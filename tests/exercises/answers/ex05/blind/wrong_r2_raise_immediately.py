# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the feeding loop checks for a kept error and raises it at once, without
# telling the workers to stop or joining them; other calls of process may still
# be running (daemon workers stay blocked or busy). Breaks: "If `process` raises,
# `process_stream` raises that exception, once no call of `process` is running."
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers
    errors = []

    def worker(k):
        while True:
            item = q.get()
            if item is None:
                return
            try:
                totals[k] += process(item)
            except BaseException as e:
                errors.append(e)
            item = None

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        if errors:
            raise errors[0]
        q.put(item)
        item = None
    for _ in threads:
        q.put(None)
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"and process_stream\(items, process, workers\) raised it while [\d,.]+ (calls? of process (were|was) still running; it must raise once no call of process is running|of the threads it started (were|was) still alive; none may outlive the call, even when it raises)"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
