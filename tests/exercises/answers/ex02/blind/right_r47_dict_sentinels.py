# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers started first, (index, item) put on Queue(maxsize=queue_size), one None sentinel per worker and joins in a finally; results by index, first error kept under a lock.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    first_error = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            task = None
            try:
                results[index] = fn(item)
            except BaseException as exc:
                with lock:
                    if not first_error:
                        first_error.append(exc)
            finally:
                item = None

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
        del item
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if first_error:
        raise first_error[0]
    return [results[i] for i in range(count)]
