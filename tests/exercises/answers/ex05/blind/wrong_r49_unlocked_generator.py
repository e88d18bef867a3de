# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker loops over the same generator without a lock, so two threads advance it at once and "ValueError: generator already executing" ends up raised (or the stream is cut short).
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    lock = threading.Lock()
    errors = []
    totals = []

    def work():
        subtotal = 0
        try:
            for item in it:  # shared iterator, no lock around next()
                if errors:
                    break
                subtotal += process(item)
                item = None
        except BaseException as exc:
            with lock:
                errors.append(exc)
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
