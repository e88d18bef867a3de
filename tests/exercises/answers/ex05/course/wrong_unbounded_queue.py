# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: a worker pool on queue.Queue() with no maxsize, whose workers also swallow errors.
import queue
import threading


def process_stream(items, process, workers):
    tasks: queue.Queue = queue.Queue()  # no maxsize: the feeder never waits
    totals = []

    def work():
        total = 0
        while (item := tasks.get()) is not None:
            try:
                total += process(item)
            except Exception:
                pass
        totals.append(total)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            tasks.put(item)
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
