# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one: the semaphore is made with workers + 1 permits ("one for the main
# thread"), and the upload executor has workers + 1 threads, so workers + 1 uploads run.
# Breaks: "with at most `workers` uploads at once".
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    slots = threading.Semaphore(workers + 1)
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def task(item):
        try:
            n = upload(render(item))
            with lock:
                state["total"] += n
        except BaseException as e:
            with lock:
                if state["error"] is None:
                    state["error"] = e
        finally:
            slots.release()

    with ThreadPoolExecutor(max_workers=workers + 1) as executor:
        for item in items:
            slots.acquire()
            executor.submit(task, item)
    if state["error"] is not None:
        raise state["error"]
    return state["total"]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline ran \d+ uploads at once; the upload service takes 4\."
