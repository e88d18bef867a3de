# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an upload's exception is caught in the worker and counted as 0, so pipeline returns a partial sum instead of raising it.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    handoff = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]

    def uploader():
        while True:
            payload = handoff.get()
            if payload is _DONE:
                return
            try:
                size = upload(payload)
            except Exception:
                size = 0  # skip the failed upload and carry on
            finally:
                del payload
            with lock:
                total[0] += size

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            payload = render(item)
            handoff.put(payload)
            del payload
    finally:
        for _ in threads:
            handoff.put(_DONE)
        for thread in threads:
            thread.join()
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
