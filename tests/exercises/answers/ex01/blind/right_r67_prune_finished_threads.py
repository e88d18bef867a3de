# Written from the student copy alone, without seeing the check or the solution.
# Approach: Semaphore in the spawning loop, results in a list the spawner grows, first error kept under a lock; threads already finished are joined and dropped as the loop goes, the rest joined at the end.
import threading
from collections import deque


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    lock = threading.Lock()
    results = []
    first_error = []
    running = deque()

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                if not first_error:
                    first_error.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            # Join the threads that have already ended (their join returns at once).
            while running and not running[0].is_alive():
                running.popleft().join()
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            running.append(thread)
    finally:
        while running:
            running.popleft().join()

    if first_error:
        raise first_error[0]
    return results
