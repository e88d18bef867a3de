# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: no feeder: each of `workers` threads takes the next item under a lock only when it is free, processes it, and the first error stops them all; joined before returning or raising.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    take = threading.Lock()  # a generator cannot be advanced by two threads at once
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
                try:
                    subtotal += process(item)
                finally:
                    item = None
        except BaseException as exc:  # from process, or from the stream
            with record:
                errors.append(exc)
            stop.set()
        with record:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, name=f"puller-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
