# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no semaphore; the items are run in waves of `limit` threads, and the spawner
# joins the whole wave before starting the next. The bound holds, but it ignores the
# stated method (a permit per thread, given back when its task ends): each wave waits for
# its slowest task while the other limit - 1 slots sit idle, so uneven tasks take much
# longer than with a semaphore. A student writes it because it is the simplest bound.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    items = list(items)
    results = [None] * len(items)
    errors = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as error:
            errors.append(error)

    for start in range(0, len(items), limit):
        wave = [threading.Thread(target=run, args=(i, items[i]))
                for i in range(start, min(start + limit, len(items)))]
        for thread in wave:
            thread.start()
        for thread in wave:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started"
