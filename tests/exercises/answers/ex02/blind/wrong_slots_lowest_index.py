# Written from the student copy alone, without seeing the check or the solution.
# Reclassified by the course as WRONG: the student copy asks for the first exception raised ("the first to be
# raised"), and this answer raises the lowest-numbered item's; the check's earlier cases could not tell the two apart.
# Right: the feeder appends a slot for each item before putting it in the queue; a worker
# writes (ok, value) into the item's slot. After the sentinels and the joins, the exception
# raised is the one of the lowest index, the one [fn(item) for item in items] would raise.
import queue
import threading

STOP = None


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    slots = []

    def work():
        while (task := tasks.get()) is not STOP:
            index, item = task
            task = None
            try:
                slots[index] = (True, fn(item))
            except Exception as error:
                slots[index] = (False, error)
            item = None

    pool = [threading.Thread(target=work, name=f"pool-worker-{n}") for n in range(workers)]
    for thread in pool:
        thread.start()
    try:
        for item in items:
            slots.append(None)
            tasks.put((len(slots) - 1, item))
            item = None
    finally:
        for _ in pool:
            tasks.put(STOP)
        for thread in pool:
            thread.join()

    for ok, value in slots:
        if not ok:
            raise value
    return [value for _, value in slots]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"tasks 1 to 5 raised PlantedError \('task 3 failed on purpose' first, 60 ms before the others\), but pool_map raised PlantedError\('task 1 failed on purpose'\), not the first exception raised"
