# Written from the student copy alone, without seeing the check or the solution.
# Mistake: pool_map waits with tasks.join() (every task_done(), sentinels included) instead of joining the worker threads, so it returns with workers not joined and maybe still alive.
# Breaks: "then tell the workers there is no more work ... then join them all."
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
                tasks.task_done()
                return
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                errors.append(exc)
            finally:
                tasks.task_done()

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
        tasks.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_map returned without joining [\d,.]+ of its [\d,.]+ workers: they had ended this time, but a worker that has taken its sentinel may still be"
