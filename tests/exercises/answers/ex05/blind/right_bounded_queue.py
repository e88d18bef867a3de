# Written from the student copy alone, without seeing the check or the solution.
# Right: `workers` threads fed through a queue.Queue(maxsize=workers): put() waits while
# the queue is full, so the next item is taken from the stream only when there is room
# (about 2 x workers items in flight). Each worker sums what it processes; the caller adds
# the sums up. A task's exception is kept, feeding stops, and it is raised in the caller
# once every worker has been joined (sentinels sent in a finally).
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    subtotals = []
    errors = []

    def worker():
        subtotal = 0
        while (item := tasks.get()) is not _STOP:
            if not errors:                  # after a failure, just drain the queue
                try:
                    subtotal += process(item)
                except Exception as error:
                    errors.append(error)
            item = None                     # let go of the payload before waiting again
        subtotals.append(subtotal)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if errors:
                break
            tasks.put(item)
            item = None
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(subtotals)
