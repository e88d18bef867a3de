# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with tasks.join() (task_done after each task) and never sends sentinels, so daemon workers are left alive, blocked in get(), after pool_map returns.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            index, item = tasks.get()
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            finally:
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()
    count = 0
    try:
        for index, item in enumerate(items):
            tasks.put((index, item))
            count += 1
    finally:
        tasks.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment pool_map returned, [\d,.]+ of its threads were still alive"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
