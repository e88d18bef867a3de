# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on an error every worker quits (a shared flag) but the feeder is never told, so it blocks forever in put() on a full queue and the error never reaches the caller.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    failed = threading.Event()
    errors = []
    totals = [0] * workers

    def work(index):
        while True:
            item = tasks.get()
            if item is _STOP or failed.is_set():
                return  # stop reading the queue: nobody drains it any more
            try:
                totals[index] += process(item)
            except BaseException as error:
                errors.append(error)
                failed.set()
                return
            del item

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        tasks.put(item)  # blocks forever once the workers have quit
        del item
    for _ in threads:
        tasks.put(_STOP)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream took or processed no item for [\d,.]+ s after process\(\) raised on item [\d,.]+ \([\d,.]+ of [\d,.]+ processed\)\. Does"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
