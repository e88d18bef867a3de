# Written from the student copy alone, without seeing the check or the solution.
# WRONG (threads outlive the call): no try/finally around the feeding loop. If reading
# items raises, the exception leaves pool_map before any sentinel is sent: the workers
# stay blocked in get() for ever (daemons here, so the process can still exit; as plain
# threads they would keep the interpreter from exiting).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as error:
                errors.append(error)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    for index, item in enumerate(items):
        tasks.put((index, item))
        count += 1
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, [\d,.]+ of pool_map's threads (?:was|were) still alive when it raised\."
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
