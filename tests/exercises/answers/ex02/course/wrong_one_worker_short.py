# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: everything right but the count of workers: it keeps one thread back "for the caller, who feeds the
# queue", so `workers - 1` threads run the tasks. Every bound holds (never more than `workers` at once), and
# it is slower than the pool asked for: the check counts the tasks running at once and finds one short.
import concurrent.futures as cf
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Each queued job carries a Future; one thread fewer than `workers`."""
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    futures: list[cf.Future] = []

    def work():
        for future, item in iter(jobs.get, None):
            try:
                future.set_result(fn(item))
            except Exception as exc:
                future.set_exception(exc)

    threads = [threading.Thread(target=work) for _ in range(max(1, workers - 1))]  # one kept back
    for thread in threads:
        thread.start()
    try:
        for item in items:
            futures.append(cf.Future())
            jobs.put((futures[-1], item))
    finally:
        for _ in threads:
            jobs.put(None)
        for thread in threads:
            thread.join()
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool never ran more than [123] tasks? at once; with workers=4 it should run 4, one in each worker\."
