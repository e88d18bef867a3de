# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a worker leaves when the queue stays empty for a while (get(timeout=...)) instead of at its sentinel, so workers end while the input pauses and later items are never run.
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
            try:
                task = tasks.get(timeout=0.5)
            except queue.Empty:
                return  # nothing more to do
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
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count = index + 1
    finally:
        for thread in threads:
            if thread.is_alive():
                tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the input paused for [\d,.]+ s before its last item, [\d,.]+ of your workers ended, though more work was coming\."
