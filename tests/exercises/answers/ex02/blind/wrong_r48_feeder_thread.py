# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a separate feeder thread reads items and puts them, so the pool has a thread besides the workers and items are not read in the caller's thread.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()
    count = [0]

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

    def feeder():
        try:
            for index, item in enumerate(items):
                tasks.put((index, item))
                count[0] += 1
        except Exception as exc:
            with lock:
                errors.insert(0, exc)
        finally:
            for _ in range(workers):
                tasks.put(None)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    feed = threading.Thread(target=feeder)
    feed.start()
    feed.join()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count[0])]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool had [\d,.]+ threads alive at once"
