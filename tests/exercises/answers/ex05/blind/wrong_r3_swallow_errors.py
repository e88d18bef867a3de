# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "If process raises, process_stream raises that exception": each worker catches the
# exception of process and goes on (the item counts as 0), so the caller gets a sum and never the error.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]

    def work():
        while True:
            item = tasks.get()
            if item is _DONE:
                return
            try:
                value = process(item)
            except Exception:
                value = 0  # skip the bad item and keep going
            del item
            with lock:
                total[0] += value

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        tasks.put(item)
        del item
    for _ in threads:
        tasks.put(_DONE)
    for thread in threads:
        thread.join()
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"but process_stream\(items, process, workers\) returned [\d,]+: the exception was lost"
