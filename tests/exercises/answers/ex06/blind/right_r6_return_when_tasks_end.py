# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG, and judged RIGHT by its author on reading the copy again: it returns once every task has returned, before the last futures are done().
import threading
import time
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = {}
    errors = []
    lock = threading.Lock()

    def task(index, item):
        try:
            value = fn(item)
        except Exception as error:
            with lock:
                errors.append(error)
            value = None
        with lock:
            results[index] = value

    in_flight = set()
    count = 0
    for item in items:
        if len(in_flight) >= window:
            _, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        in_flight.add(executor.submit(task, count, item))
        count += 1
    while True:
        with lock:
            if len(results) == count:
                break
        time.sleep(0.0005)
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]
