# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a dispatcher: each worker announces itself on an "idle" queue and has its own one-place inbox; the caller takes the next item only after getting an idle worker, so at most `workers` items are out.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    idle = queue.Queue()
    inboxes = [queue.Queue(maxsize=1) for _ in range(workers)]
    totals = [0] * workers
    errors = []
    lock = threading.Lock()
    failed = threading.Event()

    def work(n):
        inbox = inboxes[n]
        while True:
            idle.put(n)
            item = inbox.get()
            if item is _STOP:
                return
            try:
                totals[n] += process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            item = None

    threads = [threading.Thread(target=work, args=(n,), name=f"dispatch-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    it = iter(items)
    try:
        while not failed.is_set():
            n = idle.get()  # blocks until some worker is free
            if failed.is_set():
                break
            try:
                item = next(it)
            except StopIteration:
                break
            inboxes[n].put(item)
            item = None
    except BaseException as exc:  # the stream raised
        with lock:
            errors.append(exc)
    finally:
        for inbox in inboxes:
            inbox.put(_STOP)  # never blocks: an inbox is only filled for an idle worker
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
