# Written from the student copy alone, without seeing the check or the solution.
# Right: two stages joined by a BOUNDED queue.Queue(maxsize=workers). The calling thread renders and
# put() blocks while the queue is full (backpressure); `workers` upload threads take from it.
# Payloads alive: workers uploading + workers queued + 1 being rendered.
import queue
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = queue.Queue(maxsize=workers)
    done = object()
    lock = threading.Lock()
    total = 0
    errors = []

    def uploader():
        nonlocal total
        while True:
            payload = payloads.get()
            if payload is done:
                return
            try:
                if not errors:  # after a failure, only drain the queue
                    sent = upload(payload)
                    with lock:
                        total += sent
            except BaseException as error:
                errors.append(error)
            del payload  # let go of it before waiting for the next one

    threads = [threading.Thread(target=uploader, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if errors:
                break
            payloads.put(render(item))
    finally:
        for _ in threads:
            payloads.put(done)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return total
