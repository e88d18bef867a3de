# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (a reviewer's probe): the first exception is raised as soon as the feeding loop sees it, from a
# queue the workers report to, before the workers are told to stop and joined: tasks are still running
# when pool_map raises (and its workers outlive the call).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    tasks = queue.Queue(maxsize=queue_size)
    failures = queue.Queue()
    results = {}

    def work():
        while (job := tasks.get()) is not None:
            try:
                results[job[0]] = fn(job[1])
            except Exception as error:
                failures.put(error)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for job in enumerate(items):
        if not failures.empty():
            raise failures.get()  # at once: the workers still run, and nobody stops them
        tasks.put(job)
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    if not failures.empty():
        raise failures.get()
    return [results[index] for index in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d]+ tasks? (were|was) still running"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
