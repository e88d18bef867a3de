# Written from the student copy alone, without seeing the check or the solution.
# Approach: each worker fills its own list of (index, result) pairs; errors are stamped with a sequence number under a lock and the lowest stamp (the first raised) wins; results are merged by index after the joins.
import itertools
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    outputs = [[] for _ in range(workers)]
    errors = []
    lock = threading.Lock()
    stamps = itertools.count()

    def work(output):
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                output.append((index, fn(item)))
            except Exception as exc:
                with lock:
                    errors.append((next(stamps), exc))

    threads = [threading.Thread(target=work, args=(outputs[n],)) for n in range(workers)]
    for thread in threads:
        thread.start()

    try:
        for pair in enumerate(items):
            tasks.put(pair)
    finally:
        for _ in range(workers):
            tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise min(errors, key=lambda stamped: stamped[0])[1]
    merged = sorted(itertools.chain.from_iterable(outputs), key=lambda pair: pair[0])
    return [result for _, result in merged]
