# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: workers run "for pair in iter(q.get, None)" and report (index, error, value) into a SimpleQueue in the order things happen; pool_map feeds a Queue(maxsize=queue_size), sends one None per worker in finally, joins, then rebuilds results by index and raises the first error reported.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    outcomes = queue.SimpleQueue()

    def worker():
        for index, item in iter(tasks.get, None):
            try:
                value = fn(item)
            except Exception as exc:
                outcomes.put((index, exc, None))
            else:
                outcomes.put((index, None, value))

    pool = [threading.Thread(target=worker, name=f"pool-worker-{n}") for n in range(workers)]
    started = []
    count = 0
    try:
        for thread in pool:
            thread.start()
            started.append(thread)
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        for _ in started:
            tasks.put(None)
        for thread in started:
            thread.join()

    values = [None] * count
    first_error = None
    while True:
        try:
            index, error, value = outcomes.get_nowait()
        except queue.Empty:
            break
        if error is not None:
            if first_error is None:
                first_error = error
        else:
            values[index] = value
    if first_error is not None:
        raise first_error
    return values
