# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers report (index, ok, value) to an unbounded outcome queue in the order things happen; the task queue is Queue(maxsize=queue_size) with one sentinel per worker; after the joins the outcomes are drained, the first failure raised, else results ordered by index.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    inbox = queue.Queue(maxsize=queue_size)
    outbox = queue.SimpleQueue()

    def work():
        while (task := inbox.get()) is not None:
            index, item = task
            task = None
            try:
                outcome = (index, True, fn(item))
            except Exception as exc:
                outcome = (index, False, exc)
            item = None
            outbox.put(outcome)

    threads = []
    for _ in range(workers):
        threads.append(threading.Thread(target=work))
        threads[-1].start()
    n = 0
    try:
        for item in items:
            inbox.put((n, item))
            n += 1
            item = None
    finally:
        for _ in range(len(threads)):
            inbox.put(None)
        for thread in threads:
            thread.join()
    values = [None] * n
    failure = None
    while not outbox.empty():
        index, ok, value = outbox.get()
        if ok:
            values[index] = value
        elif failure is None:
            failure = value
    if failure is not None:
        raise failure
    return values
