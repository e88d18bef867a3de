# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each worker keeps (payload, result) pairs to sum at the end, so every payload stays alive after its work is done: memory grows.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    results = []  # (item, value): list.append is thread-safe
    errors = []
    failed = threading.Event()

    def work():
        while True:
            item = q.get()
            if item is _STOP:
                break
            if not failed.is_set():
                try:
                    results.append((item, process(item)))
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
    except BaseException as exc:
        errors.append(exc)
        failed.set()
    finally:
        for _ in threads:
            q.put(_STOP)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(value for _, value in results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
