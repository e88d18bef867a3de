# Written from the student copy alone, without seeing the check or the solution.
# Its writer marked it WRONG, and said the copy does not forbid it in so many words; the course keeps it as
# right for now: exercise 2's copy and check count the items taken and not finished (at most workers +
# queue_size + 1), not the items still referred to after their tasks, as exercises 5, 6, 7 and 10 do.
# WRONG: keeps every (index, item) pair it puts in a list, to say which item failed, so each payload stays alive until pool_map returns instead of only while its task is queued or running.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    sent = []
    results = {}
    errors = []
    lock = threading.Lock()

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
                    errors.append((sent[index], exc))

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for index, item in enumerate(items):
            sent.append((index, item))
            tasks.put((index, item))
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if errors:
        failed, exc = errors[0]
        raise exc
    return [results[i] for i, _ in sent]
