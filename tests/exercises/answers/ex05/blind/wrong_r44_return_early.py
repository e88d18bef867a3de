# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns right after queueing the stop signals, without joining: the last calls (and their threads) are still running, the sum is short.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        while True:
            item = q.get()
            if item is _STOP:
                break
            if state["error"] is None:
                try:
                    value = process(item)
                except BaseException as exc:
                    with lock:
                        state["error"] = state["error"] or exc
                else:
                    with lock:
                        state["total"] += value
            del item

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    for item in items:
        if state["error"] is not None:
            break
        q.put(item)
        del item
    for _ in threads:
        q.put(_STOP)  # the workers will stop once they reach these
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+ still being processed\)\. Hint:"
