# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: keeps the two pools but makes the hidden queue bounded: renderers submit to an upload WorkerPool(workers, queue_size=workers), whose submit blocks when full; results summed by done-callbacks, a stop Event skips uploads after an error.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()
    lock = threading.Lock()
    errors = []
    total = [0]

    def fail(exc):
        with lock:
            errors.append(exc)
        stop.set()

    def guarded_upload(payload):
        if stop.is_set():
            return 0  # after an error no upload begins
        return upload(payload)

    def on_done(future):
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            fail(exc)
        else:
            with lock:
                total[0] += future.result()

    uploads = WorkerPool(max_workers=workers, queue_size=workers)

    def render_then_submit(item):
        if stop.is_set():
            return
        payload = render(item)
        try:
            future = uploads.submit(guarded_upload, payload)  # blocks while the queue between the stages is full
        except RuntimeError:
            return  # the upload pool was shut down after an error
        del payload
        future.add_done_callback(on_done)

    try:
        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            results = renderers.map(render_then_submit, items, in_flight=workers)
            try:
                for _ in results:
                    if stop.is_set():
                        break
            finally:
                close = getattr(results, "close", None)
                if close is not None:
                    close()
    except BaseException as exc:
        fail(exc)
    finally:
        uploads.shutdown(wait=True, cancel_futures=stop.is_set())
    if errors:
        raise errors[0]
    return total[0]
