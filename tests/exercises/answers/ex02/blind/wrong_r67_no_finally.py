# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the sentinels and joins come after the reading loop with no try/finally, so an input that fails while it is read leaves the workers blocked in get() for ever.
# Breaks: "Use `try:`/`finally:` so the sentinels are sent and the workers joined even if reading `items` fails: then `pool_map` raises that error, and no thread may outlive the call."
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
    for index, item in enumerate(items):
        tasks.put((index, item))
        count = index + 1
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"after reading the input failed, [\d,.]+ of pool_map's threads (was|were) still alive when it raised\. Hint: send the sentinels and join the workers"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
