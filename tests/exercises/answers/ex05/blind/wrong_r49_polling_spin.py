# Written from the student copy alone, without seeing the check or the solution.
# WRONG: idle workers poll the queue with get_nowait() in a loop, burning CPU while the stream is slow instead of blocking in get().
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    inbox = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    finished = threading.Event()
    failed = threading.Event()
    errors = []
    totals = []

    def work():
        subtotal = 0
        while True:
            try:
                item = inbox.get_nowait()
            except queue.Empty:
                if finished.is_set():
                    break
                continue  # nothing yet: try again
            if failed.is_set():
                continue
            try:
                subtotal += process(item)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            item = None
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    it = iter(items)
    try:
        while not failed.is_set():
            try:
                item = next(it)
            except StopIteration:
                break
            inbox.put(item)
            item = None
    except BaseException as exc:
        with lock:
            errors.append(exc)
        failed.set()
    finally:
        finished.set()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while its workers waited for a slow stream \(an item every [\d,.]+ ms\), your process_stream used [\d,.]+ s of CPU time"
