# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with queue.join() until every payload is uploaded, but never stops the daemon upload threads, which stay blocked on get() after pipeline returns.
import queue
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = between.get()
            try:
                size = upload(payload)
            except BaseException as error:
                with lock:
                    if state["error"] is None:
                        state["error"] = error
            else:
                with lock:
                    state["total"] += size
            finally:
                payload = None
                between.task_done()

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        between.put(render(item))
    between.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads? that pipeline started (?:was|were) still alive [\d,.]+ s after it returned"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
