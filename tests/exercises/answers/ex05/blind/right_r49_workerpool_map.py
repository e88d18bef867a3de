# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: pool_lab.WorkerPool of `workers` threads and its lazy map with a small in_flight bound (a window that waits for the oldest); on an error the waiting tasks are cancelled and the pool is shut down with wait before raising.
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    pool = WorkerPool(max_workers=workers, queue_size=workers)
    try:
        total = 0
        for size in pool.map(process, items, in_flight=2 * workers):
            total += size
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return total
