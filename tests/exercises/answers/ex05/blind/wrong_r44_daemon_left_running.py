# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with q.join() so every item is processed, but never stops its daemon workers: they are still alive, blocked in get(), after return.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        while True:  # daemon threads: "they die with the program"
            item = q.get()
            try:
                if state["error"] is None:
                    value = process(item)
                    with lock:
                        state["total"] += value
            except BaseException as exc:
                with lock:
                    if state["error"] is None:
                        state["error"] = exc
            finally:
                del item
                q.task_done()

    for _ in range(workers):
        threading.Thread(target=work, daemon=True).start()
    for item in items:
        if state["error"] is not None:
            break
        q.put(item)
        del item
    q.join()  # every item taken has been processed
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, [\d,.]+ of the threads it started (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
