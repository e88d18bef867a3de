# Written from the student copy alone, without seeing the check or the solution.
# Approach: one WorkerPool of `workers` threads, each task does both stages
# (upload(render(item))), with a queue of `workers` ITEMS (not payloads). A payload lives
# only inside one running task, so at most `workers` payloads and `workers` uploads.
# pool.map is lazy and in order; an upload's exception is re-raised by the iteration,
# and the with-block waits for every task before returning or raising.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    def both(item):
        return upload(render(item))

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(both, items))
