# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the workers are joined with a timeout "so it can never hang", so a task slower than the timeout is still running when pool_map returns or raises.
# Breaks: "the last task before it fails takes 1.1 s, and `pool_map` waits for it, however long it takes"
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
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join(timeout=1.0)

    if errors:
        raise errors[0]
    return [results.get(index) for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, [\d,.]+ of pool_map's threads (was|were) still alive when it raised\. Hint: send the sentinels and join the workers \(with"
