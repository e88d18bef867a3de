# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker runs its own for loop over the same generator without a lock, so two threads advance it at once (ValueError: generator already executing).
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        try:
            for item in items:  # shared generator, advanced by every thread
                if state["error"] is not None:
                    return
                size = process(item)
                del item
                with lock:
                    state["total"] += size
        except BaseException as error:
            with lock:
                state["error"] = state["error"] or error

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"generator already executing"
