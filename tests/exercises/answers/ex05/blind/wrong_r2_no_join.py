# Written from the student copy alone, without seeing the check or the solution.
# WRONG: once every item is in the queue it sends the sentinels and returns the
# sum so far without joining the (daemon) workers: the last items are still being
# processed. Breaks: "When `process_stream` returns, every item has been
# processed."
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
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

    for k in range(workers):
        threading.Thread(target=worker, args=(k,), daemon=True).start()
    for item in items:
        q.put(item)
        item = None
    for _ in range(workers):
        q.put(None)
    if errors:
        raise errors[0]
    return sum(totals)

# Added by the course: the message its check must fail with.
# Not joining shows either way: it returns while items are still being processed, or, when the main
# run's last items happen to finish in time, it raises a failing item's error while calls still run.
FAILS_WITH = (r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+ still being processed\)"
              r"|raised it while \d+ calls of process were still running")
