# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a correct bounded queue between the stages, but every rendered payload is also appended to a list (to retry failed uploads), so all of them stay alive after their upload.
import queue
import threading

_STOP = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    rendered = []  # kept for a retry that never comes
    lock = threading.Lock()
    failed = threading.Event()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = between.get()
            if payload is _STOP:
                return
            if failed.is_set():
                continue
            try:
                size = upload(payload)
            except BaseException as error:
                with lock:
                    if state["error"] is None:
                        state["error"] = error
                failed.set()
            else:
                with lock:
                    state["total"] += size
            payload = None

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            payload = render(item)
            rendered.append(payload)
            between.put(payload)
    finally:
        for _ in threads:
            between.put(_STOP)
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
