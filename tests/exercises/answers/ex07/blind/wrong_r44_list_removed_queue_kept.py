# Written from the student copy alone, without seeing the check or the solution.
# WRONG: removes the list of futures (sums inside the upload task instead) but keeps uploads.submit on a ThreadPoolExecutor: its unbounded queue, the hidden one, still fills with payloads.
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def counted_upload(payload):
        try:
            size = upload(payload)
        except BaseException as error:
            with lock:
                if state["error"] is None:
                    state["error"] = error
            raise
        with lock:
            state["total"] += size

    uploads = ThreadPoolExecutor(max_workers=workers)

    def render_then_upload(item):
        uploads.submit(counted_upload, render(item))  # never blocks: no bound here

    with WorkerPool(max_workers=workers) as renderers:
        for _ in renderers.map(render_then_upload, items):
            pass
    uploads.shutdown(wait=True)
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
