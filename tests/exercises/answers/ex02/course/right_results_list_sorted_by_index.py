# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: workers append (index, result) pairs; the caller sorts them by index, not by result.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    results: list = []
    failures: list = []
    lock = threading.Lock()

    def work():
        while True:
            job = jobs.get()
            if job is None:
                return
            index, item = job
            try:
                value = fn(item)
            except Exception as exc:
                failures.append(exc)
                continue
            with lock:
                results.append((index, value))

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for job in enumerate(items):
            jobs.put(job)
    finally:
        for _ in threads:
            jobs.put(None)
        for thread in threads:
            thread.join()
    if failures:
        raise failures[0]
    return [value for _, value in sorted(results)]
