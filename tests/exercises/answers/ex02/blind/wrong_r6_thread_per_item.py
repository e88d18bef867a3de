# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a thread per item: no queue and no fixed pool, so as many threads (and payloads
# in flight) as there are items, whatever `workers` and `queue_size` say.
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    results = {}
    errors = []
    lock = threading.Lock()

    def run(index, item):
        try:
            value = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)
        else:
            with lock:
                results[index] = value

    threads = []
    count = 0
    try:
        for index, item in enumerate(items):
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            count = index + 1
        item = None
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool ran [\d,]+ tasks at once; the limit was 4\."
