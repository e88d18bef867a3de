# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a worker keeps a task's exception but then leaves its loop, so once as many tasks have raised as there are workers, nobody takes the remaining tasks.
# Breaks: "A worker catches a task's exception, keeps it, and goes on with the next task"
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def work():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()

    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks? within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\. In this run tasks [\d,.]+ to [\d,.]+ raise, more than the [\d,.]+"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
