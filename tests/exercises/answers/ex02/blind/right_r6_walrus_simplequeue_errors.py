# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `workers` threads loop `while (task := tasks.get()) is not None` on a
# queue.Queue(maxsize=queue_size) of (index, item) pairs; each result goes in a list
# slot that the caller appends before putting the pair; exceptions go into a
# queue.SimpleQueue in the order they are caught, and the first one out is raised after
# the join; the caller sends one None sentinel per started worker in a finally.
import queue
import threading

_PENDING = object()


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    slots = []
    errors = queue.SimpleQueue()

    def worker():
        while (task := tasks.get()) is not None:
            index, item = task
            task = None
            try:
                slots[index] = fn(item)
            except Exception as exc:
                errors.put(exc)
            item = None

    threads = []
    try:
        while len(threads) < workers:
            thread = threading.Thread(target=worker, name=f"pool-worker-{len(threads)}")
            thread.start()
            threads.append(thread)
        for index, item in enumerate(items):
            slots.append(_PENDING)
            tasks.put((index, item))
        item = None
    finally:
        for _ in range(len(threads)):
            tasks.put(None)
        for thread in threads:
            thread.join()
    if not errors.empty():
        raise errors.get()
    return slots
