# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "If process raises, process_stream raises that exception, once no call of process is
# running": the main thread raises the moment any worker reports an error, without stopping and joining
# the other workers, which are still in the middle of their process() calls (daemon threads, abandoned).
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]
    errors = []

    def work():
        while True:
            item = tasks.get()
            if item is _DONE:
                return
            try:
                value = process(item)
            except BaseException as error:  # noqa: BLE001
                errors.append(error)
                continue
            finally:
                del item
            with lock:
                total[0] += value

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        if errors:
            raise errors[0]  # at once: the other workers are still running process()
        tasks.put(item)
        del item
    for _ in threads:
        tasks.put(_DONE)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"and process_stream\(items, process, workers\) raised it while [\d,.]+ (calls? of process (were|was) still running; it must raise once no call of process is running|of the threads it started (were|was) still alive; none may outlive the call, even when it raises)"
# Its workers go on after it raises, which no test can stop: it runs in a process of its own.
RUN_ALONE = True
