# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each worker keeps the items it processed in a list (to "log" them),
# so every payload stays alive after its processing is done. Breaks: "while only
# a few items are in flight at any moment: resident memory may grow at most 100
# MiB past where it started".
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers
    done_items = []
    errors = []

    def worker(k):
        while True:
            item = q.get()
            if item is None:
                return
            try:
                totals[k] += process(item)
                done_items.append(item)
            except BaseException as e:
                errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            q.put(item)
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
