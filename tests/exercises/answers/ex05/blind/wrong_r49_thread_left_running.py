# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with queue.join() until every item is processed, but never stops the daemon workers, which stay blocked in get() after process_stream returns.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    errors = []
    total = [0]

    def work():
        while True:
            item = inbox.get()
            try:
                if not errors:
                    size = process(item)
                    with lock:
                        total[0] += size
            except BaseException as exc:
                with lock:
                    errors.append(exc)
            finally:
                item = None
                inbox.task_done()

    for _ in range(workers):
        threading.Thread(target=work, daemon=True).start()
    for item in items:
        if errors:
            break
        inbox.put(item)
        item = None
    inbox.join()  # every item taken has been processed
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, [\d,.]+ of the threads it started were still alive"
# It leaves threads blocked for ever: the suite runs it in a process of its own.
RUN_ALONE = True
