# Written from the student copy alone, without seeing the check or the solution.
# Mistake: makes the render pool's queue small (queue_size=workers), thinking that is the
# bound that matters, and keeps uploads.submit on an unbounded ThreadPoolExecutor, but no
# longer keeps the futures (adds results in a callback): the payloads still pile up in the
# executor's hidden queue.
# Breaks: "while only a few payloads are alive at any moment" (3 × workers + 2).
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def add(future):
        with lock:
            if future.exception() is not None:
                state["error"] = state["error"] or future.exception()
            else:
                state["total"] += future.result()

    with ThreadPoolExecutor(max_workers=workers) as uploads:
        def render_then_upload(item):
            uploads.submit(upload, render(item)).add_done_callback(add)

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):
                pass
    if state["error"] is not None:
        raise state["error"]
    return state["total"]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had \d+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be\."
