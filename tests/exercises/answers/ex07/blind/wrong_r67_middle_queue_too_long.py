# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the queue between the stages is bounded, but at 2 × workers ("a bit of slack for the uploaders"), so up to 4 × workers payloads are alive when the uploads are the bottleneck.
# Breaks: "The check allows `3 × workers + 2` (14) payloads alive at once"
import queue
import threading

_END = object()
_POLL = 0.05


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    to_render = queue.Queue(maxsize=workers)
    to_upload = queue.Queue(maxsize=2 * workers)  # slack so the uploaders never wait
    stop = threading.Event()
    errors = []
    totals = [0] * workers

    def put(q, value):
        while not stop.is_set():
            try:
                q.put(value, timeout=_POLL)
                return True
            except queue.Full:
                pass
        return False

    def get(q):
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

    renderers = [threading.Thread(target=renderer) for _ in range(workers)]
    uploaders = [threading.Thread(target=uploader, args=(n,)) for n in range(workers)]
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


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads? alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage, at most [\d,.]+ should be\. A payload is alive until nothing refers"
