# Written from the student copy alone, without seeing the check or the solution.
# Approach: pool_lab.WorkerPool with a small queue; its map is lazy and keeps at most 2 x workers items in flight.
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(process, items, in_flight=2 * workers))
