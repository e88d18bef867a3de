# Written from the student copy alone, without seeing the check or the solution.
# Right: the same counting semaphore written by hand with a Condition: a count of tasks
# alive, raised by the spawner before each start (waiting while it is at the limit),
# lowered in the thread's finally. Results are stored in a list in input order.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    changed = threading.Condition()
    alive = 0
    outcomes = []
    threads = []

    def run(index, item):
        nonlocal alive
        try:
            outcomes[index] = (None, fn(item))
        except BaseException as error:
            outcomes[index] = (error, None)
        finally:
            with changed:
                alive -= 1
                changed.notify()

    try:
        for index, item in enumerate(items):
            with changed:
                changed.wait_for(lambda: alive < limit)
                alive += 1
            outcomes.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    for error, _ in outcomes:
        if error is not None:
            raise error
    return [value for _, value in outcomes]
