# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: backpressure with a bounded queue: the calling thread alone takes items
# from the generator and put()s them into queue.Queue(maxsize=workers), which
# blocks when full; `workers` threads block in get(), sum locally, keep the
# first exception; one None sentinel per worker in a finally, then join all; the
# first exception is raised once every worker has ended.
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    totals = [0] * workers
    errors = []
    lock = threading.Lock()

    def worker(k):
        while True:
            item = q.get()
            if item is None:
                return
            try:
                totals[k] += process(item)
            except BaseException as e:
                with lock:
                    errors.append(e)
            finally:
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
