# Written from the student copy alone, without seeing the check or the solution.
# WRONG: to keep input order, each thread gives its permit back and then waits for its predecessor's Event before storing its result, so finished threads stay alive waiting (far more than 2 x limit behind a slow first task).
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    errors = []
    threads = []
    previous_done = threading.Event()
    previous_done.set()

    def run(item, wait_for, done):
        value = None
        error = None
        try:
            value = fn(item)
        except Exception as exc:
            error = exc
        finally:
            permits.release()
        wait_for.wait()
        if error is not None:
            errors.append(error)
        else:
            results.append(value)
        done.set()

    try:
        for item in items:
            permits.acquire()
            done = threading.Event()
            thread = threading.Thread(target=run, args=(item, previous_done, done))
            thread.start()
            threads.append(thread)
            previous_done = done
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once, counting those whose task had ended"
