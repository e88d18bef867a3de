# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a feeder thread submits (bounded by a semaphore released on done); when a task raises, the caller raises at once but never stops the feeder, which goes on taking items and stays alive.
import queue
import threading

_END = object()


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.BoundedSemaphore(window)
    futures = queue.Queue()  # in input order

    def feed():
        for item in items:
            places.acquire()
            future = executor.submit(fn, item)
            future.add_done_callback(lambda _f: places.release())
            futures.put(future)
        futures.put(_END)

    threading.Thread(target=feed, daemon=True).start()
    results = []
    while True:
        future = futures.get()
        if future is _END:
            return results
        results.append(future.result())  # raises fn's exception to the caller


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map took [\d,.]+ more items? from the input after it raised"
