# Written from the student copy alone, without seeing the check or the solution.
# WRONG: too few concurrent calls. Shared iterator under a lock, but process(item) is called inside the "with lock:" block too, so the calls are serialised: at most 1 call of process at once instead of 8 (and 100,000 x 0.1 ms + 1 s serially is slow).
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    lock = threading.Lock()
    stop = threading.Event()
    errors = []
    totals = []

    def worker():
        subtotal = 0
        try:
            while not stop.is_set():
                with lock:  # protects the generator... and, by mistake, the call too
                    try:
                        item = next(it)
                    except StopIteration:
                        break
                    subtotal += process(item)
        except Exception as exc:
            errors.append(exc)
            stop.set()
        finally:
            totals.append(subtotal)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"never had more than 1 call of process running at once, over [\d,.]+ items; .*The check stopped it there"
