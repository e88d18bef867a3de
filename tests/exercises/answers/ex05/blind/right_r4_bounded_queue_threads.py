# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the calling thread is the only one that reads the stream and puts each
# item in a queue.Queue(maxsize=workers): put() blocks while the queue is full,
# so at most 2 x workers + 1 items are alive. `workers` threads block in get()
# (no polling) and each keeps its own sum. After an error the workers stop
# calling process, drain what is left, and the reader stops reading; every
# thread is joined before the first error is raised.
import queue
import threading

_DONE = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    sums = [0] * workers
    errors = []
    failed = threading.Event()

    def work(n):
        while True:
            item = tasks.get()
            if item is _DONE:
                return
            if failed.is_set():
                del item
                continue  # drain, so the reader never blocks on a full queue
            try:
                sums[n] += process(item)
            except BaseException as exc:
                errors.append(exc)
                failed.set()
            del item

    threads = [threading.Thread(target=work, args=(n,), name=f"stream-worker-{n}", daemon=True)
               for n in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if failed.is_set():
                break
            tasks.put(item)
            del item
    finally:
        for _ in threads:
            tasks.put(_DONE)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(sums)
