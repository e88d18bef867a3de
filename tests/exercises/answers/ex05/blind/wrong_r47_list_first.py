# Written from the student copy alone, without seeing the check or the solution.
# WRONG: takes the whole stream first (list(items)) and then shares the list among the workers, so every payload is held at once.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    payloads = list(items)  # take everything, then split the work
    lock = threading.Lock()
    totals = []
    errors = []
    failed = threading.Event()

    def work(start):
        subtotal = 0
        for index in range(start, len(payloads), workers):
            if failed.is_set():
                break
            try:
                subtotal += process(payloads[index])
            except BaseException as error:
                with lock:
                    errors.append(error)
                failed.set()
        with lock:
            totals.append(subtotal)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
