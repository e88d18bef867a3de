# Written from the student copy alone, without seeing the check or the solution.
# Approach: keep two stages, but put a queue.Queue(maxsize=workers) between them:
# `workers` render threads take items from a shared iterator (under a lock), render, and
# put the payload in the bounded queue (blocking when it is full); `workers` upload threads
# take payloads and upload them. Payloads alive <= workers (rendering/blocked on put)
# + workers (queued) + workers (uploading). Each thread drops its reference after use.
# The first exception (render or upload) is kept; everyone stops; all threads are joined
# before returning or raising it.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    iterator = iter(items)
    take_lock = threading.Lock()
    handoff = queue.Queue(maxsize=workers)
    stop = threading.Event()
    errors = []
    totals = [0] * workers

    def put(obj):
        while not stop.is_set():
            try:
                handoff.put(obj, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def renderer():
        while not stop.is_set():
            with take_lock:
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                except BaseException as e:
                    errors.append(e)
                    stop.set()
                    return
            try:
                payload = render(item)
            except BaseException as e:
                errors.append(e)
                stop.set()
                return
            del item
            ok = put(payload)
            del payload
            if not ok:
                return

    def uploader(k):
        while True:
            try:
                payload = handoff.get(timeout=0.05)
            except queue.Empty:
                if stop.is_set():
                    return
                continue
            if payload is _DONE:
                return
            if stop.is_set():
                del payload
                continue
            try:
                totals[k] += upload(payload)
            except BaseException as e:
                errors.append(e)
                stop.set()
            finally:
                del payload

    renderers = [threading.Thread(target=renderer) for _ in range(workers)]
    uploaders = [threading.Thread(target=uploader, args=(k,)) for k in range(workers)]
    for t in renderers + uploaders:
        t.start()
    for t in renderers:
        t.join()
    for _ in uploaders:
        put(_DONE)
    for t in uploaders:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)
