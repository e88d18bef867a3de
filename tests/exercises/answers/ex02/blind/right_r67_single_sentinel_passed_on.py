# Written from the student copy alone, without seeing the check or the solution.
# Approach: one None sentinel, which each worker puts back in the queue before it leaves so the next worker sees it too; results by index, errors in the order raised, joins in a finally.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def work():
        while True:
            task = tasks.get()
            if task is None:
                # Pass the sentinel on: the queue has room, since this worker just took it out.
                tasks.put(None)
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()

    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]
