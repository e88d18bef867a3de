# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: two real stages: the caller renders and puts each payload on a queue.Queue(maxsize=workers), and `workers` upload threads take from it; put() blocks when it is full, so payloads stay bounded.
import queue
import threading

_STOP = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    between = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    failed = threading.Event()
    state = {"total": 0, "error": None}

    def uploader():
        while True:
            payload = between.get()
            if payload is _STOP:
                return
            if failed.is_set():
                payload = None  # drain without uploading once one failed
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
            finally:
                payload = None  # do not hold it while waiting for the next one

    threads = [threading.Thread(target=uploader, name=f"uploader-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            payload = render(item)
            between.put(payload)
            payload = None
    finally:
        for _ in threads:
            between.put(_STOP)
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
