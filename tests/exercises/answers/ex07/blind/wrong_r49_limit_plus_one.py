# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: workers + 1 upload threads, so workers + 1 uploads run at once (one more than the upload service takes).
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    uploaders = workers + 1  # "the workers plus one spare"
    handoff = queue.Queue(maxsize=workers)
    stop = threading.Event()
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = handoff.get()
            if payload is _DONE:
                return
            if stop.is_set():
                del payload
                continue
            try:
                size = upload(payload)
            except BaseException as error:
                with lock:
                    if state["error"] is None:
                        state["error"] = error
                stop.set()
            else:
                with lock:
                    state["total"] += size
            finally:
                del payload

    threads = [threading.Thread(target=uploader) for _ in range(uploaders)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if stop.is_set():
                break
            payload = render(item)
            handoff.put(payload)
            del payload
    finally:
        for _ in threads:
            handoff.put(_DONE)
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads at once"
