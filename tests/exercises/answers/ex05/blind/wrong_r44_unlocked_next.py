# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker calls next() on the shared generator with no lock: two threads advance it at once (ValueError: generator already executing).
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    source = iter(items)
    failed = threading.Event()
    errors = []
    totals = [0] * workers

    def work(slot):
        total = 0
        for item in source:  # each worker pulls straight from the stream
            if failed.is_set():
                break
            try:
                total += process(item)
            except BaseException as exc:
                errors.append(exc)
                failed.set()
                break
            finally:
                del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"a thread your code started \('Thread\-[\d,.]+ \(work\)'\) died of ValueError: generator already executing"
