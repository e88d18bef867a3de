# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sends the sentinels and returns the sum so far without joining the upload threads: it returns before the last uploads end, with a short sum.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = between.get()
            if payload is _DONE:
                return
            try:
                size = upload(payload)
            except BaseException as error:
                state["error"] = error
                continue
            del payload
            with lock:
                state["total"] += size

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        between.put(render(item))
    for _ in range(workers):
        between.put(_DONE)
    # missing: join the threads
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned when [\d,.]+ of [\d,.]+ uploads had ended \([\d,.]+ still running\)\. Hint: wait for every upload before"
