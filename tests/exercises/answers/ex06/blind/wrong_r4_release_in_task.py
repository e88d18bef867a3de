# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the task itself releases the semaphore in a finally, before its future is marked done, so for a moment window + 1 futures are in flight.
import threading
from concurrent.futures import wait


def windowed_map(executor, fn, items, window):
    slots = threading.Semaphore(window)

    def task(item):
        try:
            return fn(item)
        finally:
            slots.release()

    futures = []
    for item in items:
        slots.acquire()
        futures.append(executor.submit(task, item))
    wait(futures)
    return [f.result() for f in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had \d+ futures in flight at once \(submitted, not done\); the window was 6"
