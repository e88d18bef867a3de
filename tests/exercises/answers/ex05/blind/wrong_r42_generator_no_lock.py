# Written from the student copy alone, without seeing the check or the solution.
# WRONG: advances the generator from several threads at once. Shared-iterator design without a lock around next(it): two workers can resume the generator together -> "ValueError: generator already executing", which the catch-all handler records and process_stream raises (a race; near-certain whenever the generator blocks/releases the GIL, e.g. on the slow stream).
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    lock = threading.Lock()
    stop = threading.Event()
    errors = []
    total = 0

    def worker():
        nonlocal total
        try:
            while not stop.is_set():
                try:
                    item = next(it)  # the bug: no lock, 8 threads call next() on one generator
                except StopIteration:
                    return
                result = process(item)
                with lock:
                    total += result
        except Exception as exc:
            with lock:
                errors.append(exc)
            stop.set()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream\(items, process, workers\) raised ValueError: generator"
