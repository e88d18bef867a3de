# Written from the student copy alone, without seeing the check or the solution.
# Mistake: "fixes" the colleague's code by replacing the upload ThreadPoolExecutor with a
# WorkerPool, whose queue is bounded... but at its default size of 64 payloads.
# Breaks: "The check allows 3 × workers + 2 (14) payloads alive at once" (64 can wait).
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    totals = []
    with WorkerPool(max_workers=workers) as uploads:
        futures = []

        def render_then_upload(item):
            payload = render(item)
            futures.append(uploads.submit(upload, payload))

        with WorkerPool(max_workers=workers) as renderers:
            for _ in renderers.map(render_then_upload, items):
                pass
    return sum(future.result() for future in futures)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had \d+ payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be\."
