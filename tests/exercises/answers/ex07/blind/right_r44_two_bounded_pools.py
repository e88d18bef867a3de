# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the colleague's two stages, with the hidden queue made bounded: uploads go to a second WorkerPool(queue_size=workers) whose submit blocks when full, the total is added inside the upload task and no futures are kept.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def counted_upload(payload):
        with lock:
            if state["error"] is not None:
                return 0  # no new upload once one failed
        try:
            size = upload(payload)
        except BaseException as error:
            with lock:
                if state["error"] is None:
                    state["error"] = error
            raise
        with lock:
            state["total"] += size
        return size

    with WorkerPool(max_workers=workers, queue_size=workers) as uploads:

        def render_then_upload(item):
            with lock:
                if state["error"] is not None:
                    return
            payload = render(item)
            uploads.submit(counted_upload, payload)  # blocks while the upload queue is full

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):
                pass
        # leaving the outer with: shutdown(wait=True), every upload has ended
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
