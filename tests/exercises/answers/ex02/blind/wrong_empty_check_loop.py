# Written from the student copy alone, without seeing the check or the solution.
# WRONG (items not run at all, then deadlock): the worker loops "while not
# tasks.empty()" instead of waiting for a sentinel. Workers started before any item is
# put see an empty queue and exit at once; nothing then takes from the queue, so once it
# is full put() blocks for ever (with fewer items than queue_size, pool_map returns and
# the result lookup fails). Daemon workers so a test process can still exit.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def worker():
        while not tasks.empty():
            index, item = tasks.get()
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
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: [\d,.]+ finished, [\d,.]+ running, [\d,.]+ never"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
