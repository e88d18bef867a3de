# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a counting semaphore built from a Condition: the spawner waits while `limit` permits are out, each thread gives its permit back and notifies in finally.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    cond = threading.Condition()
    state = {"out": 0}
    results = {}
    errors = []
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append((index, exc))
        finally:
            with cond:
                state["out"] -= 1
                cond.notify()

    try:
        for index, item in enumerate(items):
            with cond:
                cond.wait_for(lambda: state["out"] < limit)
                state["out"] += 1
            thread = threading.Thread(target=run, args=(index, item))
            threads.append(thread)
            thread.start()
            del item
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise min(errors, key=lambda pair: pair[0])[1]
    return [results[i] for i in range(len(threads))]
