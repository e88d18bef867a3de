# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the colleague's two stages fixed: WorkerPool.map(render, buffersize=workers) renders lazily, and each payload goes to the upload ThreadPoolExecutor only when a BoundedSemaphore of `workers` (released by a done-callback) has room.
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    room = threading.BoundedSemaphore(workers)  # uploads submitted and not done
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def finished(future):
        try:
            size = future.result()
        except BaseException as error:
            with lock:
                if state["error"] is None:
                    state["error"] = error
        else:
            with lock:
                state["total"] += size
        finally:
            room.release()

    uploads = ThreadPoolExecutor(max_workers=workers)
    try:
        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            rendered = renderers.map(render, items, buffersize=workers)
            try:
                for payload in rendered:
                    room.acquire()  # wait for a free upload place with one payload in hand
                    if state["error"] is not None:
                        room.release()
                        break
                    uploads.submit(upload, payload).add_done_callback(finished)
                    del payload
            finally:
                rendered.close()  # cancels renders still waiting
    finally:
        uploads.shutdown(wait=True)  # no upload is running past this line
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
