# Written from the student copy alone, without seeing the check or the solution.
# Right: workers send (index, result, error) records into a second, unbounded queue.Queue
# of outcomes (the results must all be kept anyway, there is one per item); after the
# sentinels and the joins, the caller drains it, puts the results back in input order and
# raises the first error kept (the first put in the outcome queue, i.e. the first to fail).
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    inbox = queue.Queue(maxsize=queue_size)
    outbox = queue.Queue()

    def worker():
        for index, item in iter(inbox.get, None):
            try:
                outbox.put((index, fn(item), None))
            except Exception as error:
                outbox.put((index, None, error))
            del item

    threads = []
    try:
        for _ in range(workers):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        n = 0
        for item in items:
            inbox.put((n, item))
            n += 1
    finally:
        for _ in threads:
            inbox.put(None)
        for thread in threads:
            thread.join()

    results = [None] * n
    first_error = None
    while not outbox.empty():
        index, value, error = outbox.get()
        if error is not None and first_error is None:
            first_error = error
        results[index] = value
    if first_error is not None:
        raise first_error
    return results
