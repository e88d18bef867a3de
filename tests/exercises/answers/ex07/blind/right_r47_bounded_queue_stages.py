# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller renders and puts each payload on a queue.Queue(maxsize=workers); `workers` upload threads drain it until a sentinel each; an error stops the feed, all threads are joined, then it is raised.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    between = queue.Queue(maxsize=workers)  # the queue between the stages, bounded
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
            if failed.is_set():
                del payload  # drop it: keep draining so the feeder never blocks for ever
                continue
            try:
                subtotal += upload(payload)
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            del payload
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=uploader, name=f"uploader-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            payload = render(item)
            del item
            between.put(payload)  # blocks while `workers` payloads already wait
            del payload
    finally:
        # Every uploader keeps taking from the queue until its sentinel, so these puts end.
        for _ in threads:
            between.put(_DONE)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
