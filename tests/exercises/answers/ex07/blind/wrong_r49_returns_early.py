# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: it takes "the hand-off queue is empty" to mean done, while the last uploads are still running.
import queue
import threading
import time

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

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        if stop.is_set():
            break
        payload = render(item)
        handoff.put(payload)
        del payload
    while not handoff.empty():  # every payload handed over: treat that as finished
        time.sleep(0.0005)
    for _ in threads:
        handoff.put(_DONE)  # the workers exit on their own once their uploads end
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned when [\d,.]+ of [\d,.]+ uploads had ended"
