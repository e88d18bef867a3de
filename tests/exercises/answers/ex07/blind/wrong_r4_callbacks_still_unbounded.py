# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the student decides the list of futures was the leak, and sums the
# results in done callbacks instead, but keeps uploads.submit() from the render
# tasks. ThreadPoolExecutor's own work queue has no bound, and each work item
# holds its payload until an upload thread takes it: renders (0.2 ms) outrun
# uploads (3 ms), so payloads pile up there. Breaks "only a few payloads are
# alive at any moment ... The check allows 3 x workers + 2 (14)".
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def add(future):
        exc = future.exception()
        with lock:
            if exc is not None:
                state["error"] = state["error"] or exc
            else:
                state["total"] += future.result()

    with ThreadPoolExecutor(max_workers=workers) as uploads:
        def render_then_upload(item):
            payload = render(item)
            uploads.submit(upload, payload).add_done_callback(add)

        with WorkerPool(max_workers=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):
                pass
    if state["error"] is not None:
        raise state["error"]
    return state["total"]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had [\d,]+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be"
