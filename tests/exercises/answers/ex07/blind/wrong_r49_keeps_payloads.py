# Written from the student copy alone, without seeing the check or the solution.
# WRONG: payload kept alive after its upload: every (payload, size) pair is kept in a list and summed at the end.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    handoff = queue.Queue(maxsize=workers)
    stop = threading.Event()
    lock = threading.Lock()
    uploaded = []  # (payload, size), summed once everything is done
    errors = []

    def uploader():
        while True:
            payload = handoff.get()
            if payload is _DONE:
                return
            if stop.is_set():
                continue
            try:
                size = upload(payload)
            except BaseException as error:
                errors.append(error)
                stop.set()
                continue
            with lock:
                uploaded.append((payload, size))

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if stop.is_set():
                break
            handoff.put(render(item))
    finally:
        for _ in threads:
            handoff.put(_DONE)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(size for _payload, size in uploaded)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
