# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounds the queue between the stages at 64 (WorkerPool's default) instead of `workers`: bounded, but dozens of payloads wait in it, far over 3 x workers + 2.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=64)  # "bounded, like WorkerPool"
    failed = threading.Event()
    lock = threading.Lock()
    totals = []
    errors = []

    def uploader():
        subtotal = 0
        while True:
            payload = between.get()
            if payload is _DONE:
                break
            if not failed.is_set():
                try:
                    subtotal += upload(payload)
                except BaseException as error:
                    with lock:
                        errors.append(error)
                    failed.set()
            del payload
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=uploader) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            between.put(render(item))
    finally:
        for _ in threads:
            between.put(_DONE)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
