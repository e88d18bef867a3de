# Written from the student copy alone, without seeing the check or the solution.
# Mistake: pool_map stops reading and putting items as soon as a task has raised, so the later items never run.
# Breaks: "`pool_map` goes on reading and putting items: every item runs, even after a task raised."
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
            if errors:
                break
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map returned while [\d,.]+ of its [\d,.]+ tasks? had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: after a task raises, its worker goes on with"
