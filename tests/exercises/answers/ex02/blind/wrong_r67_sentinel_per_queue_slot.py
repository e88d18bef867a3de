# Written from the student copy alone, without seeing the check or the solution.
# Mistake: one sentinel is put per place in the queue instead of one per worker, so with more workers than places some workers never get one.
# Breaks: "then tell the workers there is no more work, as notebook 2's pool did with its *[sentinel](../../../docs/glossary.md#Sentinel)* ... so that a worker that takes it leaves its loop; then join them all. How many sentinels do you need?"
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
        for _ in range(queue_size):
            tasks.put(None)
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"all [\d,.]+ tasks? finished, but pool_map did not return within [\d,.]+ s\. Is a worker waiting on a queue nobody fills\? Put one sentinel \(None\) per"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
