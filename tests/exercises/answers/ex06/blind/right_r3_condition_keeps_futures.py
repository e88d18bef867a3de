# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a condition variable counts the futures in flight; the loop waits on it while the window is full, then collects results in input order.
import threading
from concurrent.futures import wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    cond = threading.Condition()
    in_flight = 0
    futures = []

    def finished(_future):
        nonlocal in_flight
        with cond:
            in_flight -= 1
            cond.notify()

    try:
        for item in items:
            with cond:
                while in_flight >= window:
                    cond.wait()
                in_flight += 1
            future = executor.submit(fn, item)
            future.add_done_callback(finished)
            futures.append(future)
            del item
    finally:
        with cond:
            while in_flight > 0:
                cond.wait()
    return [future.result() for future in futures]
