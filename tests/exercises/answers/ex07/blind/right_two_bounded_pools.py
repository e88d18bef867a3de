# Written from the student copy alone, without seeing the check or the solution.
# Right: the colleague's two stages, with the hidden queue removed: the uploads run on a WorkerPool
# whose queue holds only `workers` payloads, so a renderer blocks in submit() (holding its one
# payload) instead of piling payloads up. At most workers renderers + workers queued + workers
# uploading = 3 x workers payloads. No list of futures: results are summed by a done-callback.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    lock = threading.Lock()
    total = 0
    errors = []

    def add(future):
        nonlocal total
        if future.exception() is not None:
            errors.append(future.exception())
        else:
            with lock:
                total += future.result()

    with WorkerPool(max_workers=workers, queue_size=workers) as uploads:
        def render_then_upload(item):
            uploads.submit(upload, render(item)).add_done_callback(add)

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):  # re-raises a render's exception
                if errors:
                    break
    if errors:
        raise errors[0]
    return total
