# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the permit is taken inside the thread, so every thread is started at once and only the running tasks are bounded.
# Breaks: "Take a permit **before** you start each thread, in the spawning loop. Taking it inside the thread would bound the tasks running, but every thread would still be started at once, each with its stack."
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    threads = []

    def run(index, item):
        permits.acquire()
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads? alive at once whose task had not finished, though only [\d,.]+ may be; each thread costs memory \(its stack\) even"
