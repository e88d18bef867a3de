# Written from the student copy alone, without seeing the check or the solution.
# WRONG: pool_map stops reading items as soon as a worker has reported an error ("fail fast"), so the tasks after it never run.
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
            pair = tasks.get()
            if pair is None:
                break
            index, item = pair
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
            if errors:
                break
            tasks.put((index, item))
            count += 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: after a task"
