# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a bounded queue between the stages, but on an upload error the caller raises without sending the sentinels: the other upload threads stay blocked on get() for ever.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    totals = []
    errors = []

    def uploader():
        subtotal = 0
        while True:
            payload = between.get()
            if payload is _DONE:
                break
            try:
                subtotal += upload(payload)
            except BaseException as error:
                with lock:
                    errors.append(error)
                return  # this one leaves; the others wait on the queue
            del payload
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=uploader, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for item in items:
        if errors:
            raise errors[0]  # the sentinels are never sent
        payload = render(item)
        while True:
            try:
                between.put(payload, timeout=0.05)
                break
            except queue.Full:
                if errors:
                    raise errors[0]
        del payload
    for _ in threads:
        between.put(_DONE)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), and pipeline\(items,"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
