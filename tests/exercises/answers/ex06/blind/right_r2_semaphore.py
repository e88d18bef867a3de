# Written from the student copy alone, without seeing the check or the solution.
# Approach: a threading.Semaphore(window) taken before each submit and released by the
# future's done callback, so at most `window` futures are submitted and not finished.
# The futures are kept in input order; their results are read at the end (the first
# error, in input order, is raised after every future has finished).
import concurrent.futures
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    slots = threading.Semaphore(window)
    futures = []
    try:
        for item in items:
            slots.acquire()
            try:
                future = executor.submit(fn, item)
            except BaseException:
                slots.release()
                raise
            future.add_done_callback(lambda _f: slots.release())
            futures.append(future)
    finally:
        concurrent.futures.wait(futures)
    return [future.result() for future in futures]
