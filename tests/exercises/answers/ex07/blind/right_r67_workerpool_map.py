# Written from the student copy alone, without seeing the check or the solution.
# Approach: one stage (render then upload in the same task) through pool_lab.WorkerPool.map, which is lazy and keeps at most `buffersize` items submitted; on an error, cancel what is queued and shut the pool down (waiting) before raising.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()

    def render_and_upload(item):
        if stop.is_set():
            return 0
        payload = render(item)
        if stop.is_set():  # an upload has failed: begin no more
            return 0
        try:
            return upload(payload)
        except BaseException:
            stop.set()
            raise

    pool = WorkerPool(max_workers=workers, queue_size=workers)
    try:
        results = pool.map(render_and_upload, items, buffersize=2 * workers)
        try:
            return sum(results)
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # cancels the items still waiting
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
