# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker runs its own for loop over the same generator with no lock, so two threads advance it at once (ValueError: generator already executing) and that error ends a worker's thread.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    lock = threading.Lock()
    totals = []
    errors = []
    failed = threading.Event()

    def work():
        subtotal = 0
        for item in items:  # all workers share the one generator
            if failed.is_set():
                break
            try:
                subtotal += process(item)
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
            del item
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"generator already executing"
