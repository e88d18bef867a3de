# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: two explicit stages of `workers` threads joined by a queue.Queue(maxsize=workers); sentinels end both stages, a stop Event makes them drain without work after an error, and every thread is joined before returning or raising.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    to_render = queue.Queue(maxsize=workers)
    to_upload = queue.Queue(maxsize=workers)  # the bounded queue between the stages
    stop = threading.Event()
    lock = threading.Lock()
    errors = []
    total = [0]

    def fail(exc):
        with lock:
            errors.append(exc)
        stop.set()

    def renderer():
        while True:
            item = to_render.get()
            if item is _DONE:
                return
            if stop.is_set():
                continue  # drain without work
            try:
                payload = render(item)
            except BaseException as exc:
                fail(exc)
                continue
            del item
            while not stop.is_set():
                try:
                    to_upload.put(payload, timeout=0.05)
                    break
                except queue.Full:
                    pass
            del payload

    def uploader():
        while True:
            payload = to_upload.get()
            if payload is _DONE:
                return
            if stop.is_set():
                del payload
                continue
            try:
                size = upload(payload)
            except BaseException as exc:
                del payload
                fail(exc)
                continue
            del payload
            with lock:
                total[0] += size

    renderers = [threading.Thread(target=renderer, daemon=True) for _ in range(workers)]
    uploaders = [threading.Thread(target=uploader, daemon=True) for _ in range(workers)]
    for thread in renderers + uploaders:
        thread.start()
    try:
        for item in items:
            if stop.is_set():
                break
            to_render.put(item)  # renderers always drain, so this never blocks for ever
    except BaseException as exc:
        fail(exc)
    finally:
        for _ in renderers:
            to_render.put(_DONE)
        for thread in renderers:
            thread.join()
        for _ in uploaders:
            to_upload.put(_DONE)
        for thread in uploaders:
            thread.join()
    if errors:
        raise errors[0]
    return total[0]
