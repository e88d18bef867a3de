# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a separate feeder thread reads items and puts them in the queue while pool_map only joins, so items are not read in pool_map itself (caller's thread) and a thread other than the workers runs; an error from the input is lost in the feeder.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()
    counter = [0]

    def worker():
        while True:
            pair = tasks.get()
            if pair is None:
                break
            index, item = pair
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)

    def feeder():
        try:
            for index, item in enumerate(items):
                tasks.put((index, item))
                counter[0] = index + 1
        finally:
            for _ in range(workers):
                tasks.put(None)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    feeding = threading.Thread(target=feeder)
    feeding.start()
    feeding.join()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(counter[0])]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool had [\d,.]+ threads alive at once"
