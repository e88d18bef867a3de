# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: a worker tries a failed task once more before it keeps the error, so an item whose task raises
# runs twice. Close read 11 found that the check then printed negative counts ("-5 of its 16 tasks had
# not finished") and a hint about something else.
import concurrent.futures as cf
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    jobs: queue.Queue = queue.Queue(maxsize=queue_size)
    futures: list[cf.Future] = []

    def work():
        for future, item in iter(jobs.get, None):
            try:
                future.set_result(fn(item))
            except Exception:
                try:  # once more, as a sender retries
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
FAILS_WITH = r"fn ran [\d,]+ times for [\d,]+ items before pool_map returned; each item must run once"
