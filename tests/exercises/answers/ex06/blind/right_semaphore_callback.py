# Written from the student copy alone, without seeing the check or the solution.
# Right: a threading.Semaphore of `window` permits, taken before each submit and given back by
# the future's done-callback (which runs once the future is finished). The futures are kept in
# input order, so the results are read back in input order.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    permits = threading.Semaphore(window)
    futures = []
    items = iter(items)
    while True:
        permits.acquire()  # wait for a free place in the window before taking the next item
        try:
            item = next(items)
        except StopIteration:
            break
        future = executor.submit(fn, item)
        future.add_done_callback(lambda _: permits.release())
        futures.append(future)
    return [future.result() for future in futures]  # re-raises the first exception in input order
