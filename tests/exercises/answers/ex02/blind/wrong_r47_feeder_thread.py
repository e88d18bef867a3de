# Written from the student copy alone, without seeing the check or the solution.
# WRONG: reads the items and puts them from an extra feeder thread, so pool_map runs a thread besides the workers and the items are not read in the caller's thread.
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

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    feed_error = []

    def feeder():
        nonlocal count
        try:
            for index, item in enumerate(items):
                tasks.put((index, item))
                count = index + 1
        except Exception as exc:
            feed_error.append(exc)
        finally:
            for _ in threads:
                tasks.put(None)

    feeding = threading.Thread(target=feeder)
    feeding.start()
    feeding.join()
    for thread in threads:
        thread.join()
    if feed_error:
        raise feed_error[0]
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool had [\d,.]+ threads alive at once"
