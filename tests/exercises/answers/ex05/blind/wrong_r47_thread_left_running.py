# Written from the student copy alone, without seeing the check or the solution.
# WRONG: daemon workers loop forever on get() and the caller waits with tasks.join() (task_done per item): the sum and error are right, but every worker thread is still alive after it returns.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0}
    errors = []
    failed = threading.Event()

    def work():
        while True:
            item = tasks.get()
            try:
                if not failed.is_set():
                    value = process(item)
                    with lock:
                        state["total"] += value
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            finally:
                del item
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=work, daemon=True).start()
    for item in items:
        tasks.put(item)
        del item
        if failed.is_set():
            break
    tasks.join()  # every item taken has been processed
    if errors:
        raise errors[0]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, [\d,.]+ of the threads it started were still alive"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
