# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a thread left running: waits with queue.join() until every item is processed, then returns without stopping the daemon workers, which stay blocked in get().
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        while True:
            item = tasks.get()
            try:
                if state["error"] is None:
                    size = process(item)
                    with lock:
                        state["total"] += size
            except BaseException as error:
                with lock:
                    state["error"] = state["error"] or error
            finally:
                del item
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=work, daemon=True).start()
    for item in items:
        if state["error"] is not None:
            break
        tasks.put(item)
        del item
    tasks.join()  # every item processed, but the workers are never stopped nor joined
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, [\d,.]+ of the threads it started were still alive"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
