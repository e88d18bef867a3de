# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each worker keeps its own results dict and its own (ticket, error) list, where the ticket comes from a shared itertools.count taken when the error is caught; after the sentinels and joins, the dicts are merged by index and the error with the smallest ticket (the first raised) is raised.
import itertools
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    tickets = itertools.count()
    ticket_lock = threading.Lock()
    per_worker = []

    def worker(done, failed):
        while True:
            task = tasks.get()
            if task is None:
                return
            index, item = task
            task = None
            try:
                done[index] = fn(item)
            except Exception as exc:
                with ticket_lock:
                    failed.append((next(tickets), exc))
            item = None

    threads = []
    count = 0
    try:
        for _ in range(workers):
            done, failed = {}, []
            thread = threading.Thread(target=worker, args=(done, failed))
            thread.start()
            threads.append(thread)
            per_worker.append((done, failed))
        for item in items:
            tasks.put((count, item))
            count += 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()

    errors = [entry for _, failed in per_worker for entry in failed]
    if errors:
        raise min(errors, key=lambda entry: entry[0])[1]
    merged = {}
    for done, _ in per_worker:
        merged.update(done)
    return [merged[index] for index in range(count)]
