# Written from the student copy alone, without seeing the check or the solution.
# Approach: a ThreadPoolExecutor of `workers` threads and a threading.Semaphore(workers)
# taken before each submit, released when the task ends: at most `workers` tasks
# submitted and not finished, each doing render+upload, so at most `workers` payloads and
# `workers` uploads. Results are added up in a done callback; no future is kept.
# After the loop it waits for every permit (every task done) before returning or raising.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    slots = threading.Semaphore(workers)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def task(item):
        return upload(render(item))

    def done(future):
        with lock:
            error = future.exception()
            if error is not None:
                if state["error"] is None:
                    state["error"] = error
            else:
                state["total"] += future.result()
        slots.release()

    with ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            slots.acquire()
            if state["error"] is not None:
                slots.release()
                break
            executor.submit(task, item).add_done_callback(done)
        for _ in range(workers):
            slots.acquire()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
