# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a worker keeps the exception but then leaves its loop, so after as many failures as workers nobody takes from the queue and later items never run (the feeder's put() blocks).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
                return

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        for thread in threads:
            if thread.is_alive():
                tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never started\. In this run tasks [\d,.]+ to"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
