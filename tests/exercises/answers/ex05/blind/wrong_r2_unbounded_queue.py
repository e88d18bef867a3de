# Written from the student copy alone, without seeing the check or the solution.
# WRONG: queue.Queue() without maxsize: the feeder is never held back, and since
# making an item is faster than processing it, items pile up in the queue.
# Breaks: "*Backpressure* means the consumer sets the pace: the next item is
# taken only when a worker is free" / "only a few items are in flight".
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue()
    totals = [0] * workers
    errors = []

    def worker(k):
        while True:
            item = q.get()
            if item is None:
                return
            try:
                totals[k] += process(item)
            except BaseException as e:
                errors.append(e)
            item = None

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            q.put(item)
            item = None
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
