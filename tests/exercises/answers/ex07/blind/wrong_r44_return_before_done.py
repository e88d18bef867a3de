# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after putting the last payload on the queue it returns the running total without waiting for the uploaders: uploads are still running and the sum misses them.
import queue
import threading

_STOP = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = between.get()
            if payload is _STOP:
                return
            try:
                size = upload(payload)
            except BaseException as error:
                with lock:
                    if state["error"] is None:
                        state["error"] = error
            else:
                with lock:
                    state["total"] += size
            payload = None

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        between.put(render(item))
    for _ in range(workers):
        between.put(_STOP)
    # the STOPs are queued: the uploaders will finish on their own
    with lock:
        if state["error"] is not None:
            raise state["error"]
        return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned when [\d,.]+ of [\d,.]+ uploads had ended \([\d,.]+ still running\)\. Hint: wait for every upload before"
