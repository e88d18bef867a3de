# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders every payload into a list first ("rendering is quick"), then uploads them with a bounded pool: every payload is alive at once.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = [render(item) for item in items]
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(upload, payloads))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
