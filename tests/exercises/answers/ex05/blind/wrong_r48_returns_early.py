# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: once the last item is handed to the queue it sends the stop markers and returns the running sum without joining the workers.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        while True:
            item = tasks.get()
            if item is _STOP:
                return
            try:
                size = process(item)
            except BaseException as error:
                with lock:
                    state["error"] = state["error"] or error
            else:
                with lock:
                    state["total"] += size
            del item

    for _ in range(workers):
        threading.Thread(target=work).start()
    for item in items:
        if state["error"] is not None:
            break
        tasks.put(item)
        del item
    for _ in range(workers):
        tasks.put(_STOP)  # the last calls are still running when we return
    if state["error"] is not None:
        raise state["error"]
    with lock:
        return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+ still being processed\)\. Hint:"
