# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bound exceeded by one: starts workers + 1 threads (range(workers + 1)), so 9 calls of process run at once when 8 are asked for.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    failed = threading.Event()
    errors = []
    totals = [0] * (workers + 1)

    def work(index):
        while True:
            item = tasks.get()
            if item is _STOP:
                return
            if failed.is_set():
                continue
            try:
                totals[index] += process(item)
            except BaseException as error:
                errors.append(error)
                failed.set()
            del item

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers + 1)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            tasks.put(item)
            del item
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream had [\d,.]+ calls of process running at once"
