# Written from the student copy alone, without seeing the check or the solution.
# WRONG: daemon uploader threads loop for ever on a bounded Queue; the caller waits with queue.join() and returns, leaving every uploader blocked on get().
import queue
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]
    errors = []

    def uploader():
        while True:
            payload = payloads.get()
            try:
                if not errors:
                    size = upload(payload)
                    with lock:
                        total[0] += size
            except Exception as exc:
                errors.append(exc)
            finally:
                del payload
                payloads.task_done()

    for _ in range(workers):
        threading.Thread(target=uploader, daemon=True).start()
    for item in items:
        if errors:
            break
        payloads.put(render(item))
    payloads.join()  # every payload uploaded: done (the uploaders wait for more, for ever)
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads that pipeline started were still alive [\d,.]+ s after it returned"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
