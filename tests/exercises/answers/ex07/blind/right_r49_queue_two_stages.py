# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: render in the calling thread into a Queue(maxsize=workers); workers upload threads take from it, stop flag + sentinels, join, re-raise first error.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
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
                del payload  # drop it: no upload begins after a failure
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

    threads = [threading.Thread(target=uploader, daemon=True) for _ in range(workers)]
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
            handoff.put(_DONE)  # uploaders discard after a stop, so room always comes
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        error = state["error"]
        state["error"] = None
        raise error
    return state["total"]
