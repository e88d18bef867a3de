# Written by the course's authors, who know the check (the answers written from the student copy alone
# Reclassified by the course as WRONG: the student copy asks for the first exception raised ("the first to be
# raised"), and this answer raises the lowest-numbered item's; the check's earlier cases could not tell the two apart.
# say so in their first line).
# Right: each queued job carries a concurrent.futures.Future; the caller reads them in input order,
# and result() raises the first failure in input order (here, also the first in time).
import concurrent.futures as cf
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Each queued job carries a Future; the caller reads them in input order."""
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    futures: list[cf.Future] = []

    def work():
        for future, item in iter(jobs.get, None):
            try:
                future.set_result(fn(item))
            except Exception as exc:
                future.set_exception(exc)

    threads = [threading.Thread(target=work) for _ in range(workers)]
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
FAILS_WITH = r"tasks 1 to 5 raised PlantedError \('task 3 failed on purpose' first, 60 ms before the others\), but pool_map raised PlantedError\('task 1 failed on purpose'\), not the first exception raised"
