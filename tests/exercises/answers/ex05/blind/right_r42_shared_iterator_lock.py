# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `workers` threads share one iterator, each takes the next item under a lock (process() runs outside it); on error all stop taking, all are joined, then the first error is raised.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    take = threading.Lock()   # only one thread advances the generator at a time
    lock = threading.Lock()   # guards total and errors
    stop = threading.Event()
    errors = []
    total = 0

    def fail(exc):
        with lock:
            errors.append(exc)
        stop.set()

    def worker():
        nonlocal total
        subtotal = 0
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        break
                    try:
                        item = next(it)
                    except StopIteration:
                        break
                    except BaseException as exc:
                        fail(exc)
                        break
                try:
                    result = process(item)  # outside the lock: calls run concurrently
                except BaseException as exc:
                    fail(exc)
                    break
                finally:
                    item = None
                subtotal += result
        finally:
            with lock:
                total += subtotal

    threads = [threading.Thread(target=worker, name=f"stream-worker-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total
