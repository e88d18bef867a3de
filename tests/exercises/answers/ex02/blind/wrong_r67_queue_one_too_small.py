# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the queue is given queue_size - 1 places to "count the item in the loop's hand", so the pool never reaches its full number of items in flight.
# Breaks: "In the message workload, exactly `workers + queue_size + 1` (9) at some moment"
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=max(1, queue_size - 1))
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
FAILS_WITH = r"with workers=[\d,.]+ and queue_size=[\d,.]+ your pool had at most [\d,.]+ batches taken from the input and not yet sent; with a queue of queue_size it has [\d,.]+"
