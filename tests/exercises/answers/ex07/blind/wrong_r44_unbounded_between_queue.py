# Written from the student copy alone, without seeing the check or the solution.
# WRONG: makes the queue between the stages explicit but forgets its bound: queue.Queue() with no maxsize, so the quick renderer fills it with payloads the slow uploaders have not reached.
import queue
import threading

_STOP = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue()
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

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            between.put(render(item))
    finally:
        for _ in threads:
            between.put(_STOP)
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
