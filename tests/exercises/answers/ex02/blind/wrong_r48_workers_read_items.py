# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the workers pull items straight from the shared iterator under a lock (no task queue), so items are read in the workers' threads, not by pool_map, and queue_size bounds nothing.
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    source = enumerate(items)
    source_lock = threading.Lock()
    results = {}
    errors = []
    count = [0]

    def worker():
        while True:
            with source_lock:
                try:
                    index, item = next(source)
                except StopIteration:
                    return
                count[0] = max(count[0], index + 1)
            try:
                results[index] = fn(item)
            except Exception as exc:
                with source_lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count[0])]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads other than the one that called pool_map took items from the input"
