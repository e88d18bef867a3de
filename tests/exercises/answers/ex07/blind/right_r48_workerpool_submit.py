# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one stage on a WorkerPool(workers, queue_size=workers) whose blocking submit is the backpressure; done-callbacks sum, an error stops submitting and the pool is shut down with cancel_futures before it is raised.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()
    lock = threading.Lock()
    errors = []
    total = [0]

    def render_then_upload(item):
        if stop.is_set():
            return 0  # queued before the error: no upload begins after it
        return upload(render(item))  # the payload lives only inside this task

    def on_done(future):
        if future.cancelled():
            return
        exc = future.exception()
        with lock:
            if exc is not None:
                errors.append(exc)
                stop.set()
            else:
                total[0] += future.result()

    pool = WorkerPool(max_workers=workers, queue_size=workers)
    try:
        for item in items:
            if stop.is_set():
                break
            pool.submit(render_then_upload, item).add_done_callback(on_done)  # blocks while the queue is full
    except BaseException as exc:
        with lock:
            errors.append(exc)
        stop.set()
    finally:
        pool.shutdown(wait=True, cancel_futures=stop.is_set())
    if errors:
        raise errors[0]
    return total[0]
