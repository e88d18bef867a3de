# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a thread left running: daemon uploaders block for ever on queue.get(); completion is tracked with task_done()/join() and no sentinel ever stops them.
import queue
import threading


def pipeline(items, render, upload, workers):
    handoff = queue.Queue(maxsize=workers)
    stop = threading.Event()
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = handoff.get()
            try:
                if stop.is_set():
                    continue
                size = upload(payload)
                with lock:
                    state["total"] += size
            except BaseException as error:
                with lock:
                    if state["error"] is None:
                        state["error"] = error
                stop.set()
            finally:
                del payload
                handoff.task_done()

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        if stop.is_set():
            break
        payload = render(item)
        handoff.put(payload)
        del payload
    handoff.join()  # every upload has ended; the uploaders still wait in get()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"threads? that pipeline started (?:was|were) still alive"
# It leaves threads blocked for ever: the suite runs it in a process of its own.
RUN_ALONE = True
