# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the colleague's shape, fixed: the caller renders and submits each upload to a ThreadPoolExecutor only after a BoundedSemaphore(workers) place frees (released by the future's done-callback), so no payload waits in an unbounded queue.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    places = threading.BoundedSemaphore(workers)
    lock = threading.Lock()
    errors = []
    total = [0]
    pending = set()

    def on_done(future):
        with lock:
            pending.discard(future)
            if not future.cancelled():
                exc = future.exception()
                if exc is not None:
                    errors.append(exc)
                else:
                    total[0] += future.result()
        places.release()

    with ThreadPoolExecutor(max_workers=workers) as uploads:
        try:
            for item in items:
                places.acquire()  # wait for a free upload place before rendering
                if errors:
                    places.release()
                    break
                payload = render(item)
                future = uploads.submit(upload, payload)
                del payload
                with lock:
                    pending.add(future)
                future.add_done_callback(on_done)
                del future
        except BaseException:
            with lock:
                waiting = list(pending)
            for future in waiting:
                future.cancel()
            raise
        if errors:
            with lock:
                waiting = list(pending)
            for future in waiting:
                future.cancel()
    # leaving the with block waited for every upload still running
    if errors:
        raise errors[0]
    return total[0]
