# Written from the student copy alone, without seeing the check or the solution.
# Mistake: daemon worker threads loop for ever on a bounded queue; the caller waits with queue.join() and returns, leaving every worker blocked on get() after the call.
# Breaks: "No thread your function starts outlives the call: a moment after it returns or raises (the check looks 0.1 s later), every one has ended."
import queue
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    stop = threading.Event()
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            item = tasks.get()
            try:
                if not stop.is_set():
                    payload = render(item)
                    value = upload(payload)
                    del payload
                    with lock:
                        total += value
            except BaseException as error:
                errors.append(error)
                stop.set()
            finally:
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()
    for item in items:
        if stop.is_set():
            break
        tasks.put(item)
    tasks.join()  # every item taken has been uploaded (or skipped after an error)
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads? that pipeline started (was|were) still alive [\d,.]+ s after it returned; none may outlive the call, or every call leaves its threads"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
