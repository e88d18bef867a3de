# Written from the student copy alone, without seeing the check or the solution.
# Mistake: renders everything first with the bounded pool (the rendering is quick), then
# uploads with a bounded pool: every payload is alive at once in the list.
# Breaks: "while only a few payloads are alive at any moment" (3 × workers + 2).
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        payloads = list(pool.map(render, items))
        return sum(pool.map(upload, payloads))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had \d+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be\."
