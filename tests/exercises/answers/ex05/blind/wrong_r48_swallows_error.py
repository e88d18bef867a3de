# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the task's error is swallowed: a worker catches the exception, counts the item as 0 and carries on, so process_stream returns a sum instead of raising.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    totals = [0] * workers

    def work(index):
        while True:
            item = tasks.get()
            if item is _STOP:
                return
            try:
                totals[index] += process(item)
            except Exception:
                pass  # skip the bad item, keep the stream going
            del item

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            tasks.put(item)
            del item
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
