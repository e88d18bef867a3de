# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an item whose process() raises counts as 0 and the error is only
# logged; process_stream never raises. Breaks: "If `process` raises,
# `process_stream` raises that exception".
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers

    def worker(k):
        while True:
            item = q.get()
            if item is None:
                return
            try:
                totals[k] += process(item)
            except Exception as e:
                print("skipped an item:", e)
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
    return sum(totals)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process, workers\) returned [\d,.]+: the exception was lost"
