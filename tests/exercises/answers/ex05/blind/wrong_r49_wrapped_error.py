# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the worker's exception is replaced by a new RuntimeError, so the caller does not get the exception process raised.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    take = threading.Lock()
    record = threading.Lock()
    stop = threading.Event()
    errors = []
    totals = []

    def work():
        subtotal = 0
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        break
                    try:
                        item = next(it)
                    except StopIteration:
                        stop.set()
                        break
                subtotal += process(item)
                item = None
        except BaseException as exc:
            with record:
                errors.append(exc)
            stop.set()
        with record:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} call(s) of process failed: {errors[0]!r}")
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
