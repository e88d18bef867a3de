# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a WorkerPool with its DEFAULT queue (64). map keeps max_workers + queue_size items in flight,
# and here the items are rendered payloads, so up to workers + 64 payloads are alive: bounded, but far
# above a few per worker. The student trusts "WorkerPool is bounded" without counting the bound.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    with WorkerPool(max_workers=workers) as uploads:
        return sum(uploads.map(upload, (render(item) for item in items)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage,"
