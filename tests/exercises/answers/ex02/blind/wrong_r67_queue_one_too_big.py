# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the queue is given queue_size + 1 places ("one spare for the sentinels"), so one item more than allowed is taken and not finished.
# Breaks: "Items in flight: at most `workers + queue_size + 1` taken from `items` and not yet finished"
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size + 1)
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
FAILS_WITH = r"your pool took [\d,.]+ items? from the input before they (was|were) done; with [\d,.]+ workers and a queue of [\d,.]+ at most [\d,.]+ should be in flight \([\d,.]+ in the"
