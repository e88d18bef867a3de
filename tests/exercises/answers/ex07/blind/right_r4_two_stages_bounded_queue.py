# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: keeps the colleague's two stages but puts a queue.Queue(maxsize=workers)
# between them: `workers` render threads take items from the shared iterator
# under a lock and put() each payload, blocking while the queue is full;
# `workers` upload threads get() and upload. Each thread drops its payload
# reference before it waits again, so at most 3 x workers payloads are alive.
# The first error stops the reading; the uploaders then drain without
# uploading, every thread is joined, and the error is raised.
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    it = iter(items)
    read_lock = threading.Lock()
    between = queue.Queue(maxsize=workers)
    sums = [0] * workers
    errors = []
    failed = threading.Event()

    def renderer():
        try:
            while not failed.is_set():
                with read_lock:
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                payload = render(item)
                del item
                between.put(payload)
                del payload
        except BaseException as exc:
            errors.append(exc)
            failed.set()

    def uploader(n):
        while True:
            payload = between.get()
            if payload is _DONE:
                return
            if not failed.is_set():
                try:
                    sums[n] += upload(payload)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
            del payload

    renderers = [threading.Thread(target=renderer, name=f"render-{n}", daemon=True) for n in range(workers)]
    uploaders = [threading.Thread(target=uploader, args=(n,), name=f"upload-{n}", daemon=True)
                 for n in range(workers)]
    for thread in uploaders + renderers:
        thread.start()
    for thread in renderers:
        thread.join()
    for _ in uploaders:
        between.put(_DONE)
    for thread in uploaders:
        thread.join()
    if errors:
        raise errors[0]
    return sum(sums)
