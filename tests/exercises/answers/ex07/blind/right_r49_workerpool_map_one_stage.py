# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one WorkerPool task renders and uploads (payload lives only inside a running task); ordered map with a window wider than workers; a failure flag stops new uploads; shutdown cancels the rest.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    failed = threading.Event()

    def render_and_upload(item):
        if failed.is_set():
            return 0  # never begin an upload once one has raised
        payload = render(item)
        try:
            return upload(payload)
        except BaseException:
            failed.set()
            raise
        finally:
            del payload

    pool = WorkerPool(max_workers=workers, queue_size=workers)
    results = pool.map(render_and_upload, items, buffersize=2 * workers)
    try:
        total = 0
        for size in results:
            total += size
        return total
    finally:
        results.close()
        pool.shutdown(wait=True, cancel_futures=True)
