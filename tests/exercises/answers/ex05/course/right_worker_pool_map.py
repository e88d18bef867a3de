# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: pool_lab.WorkerPool.map is lazy: it takes an item only when the pool has room (its queue of 64
# holds 4 MiB of payload, within the budget).
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    with WorkerPool(max_workers=workers) as pool:
        return sum(pool.map(process, items))
