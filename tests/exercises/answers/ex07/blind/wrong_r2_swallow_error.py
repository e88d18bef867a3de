# Written from the student copy alone, without seeing the check or the solution.
# Mistake: an upload that raises is logged and counted as 0 ("don't let one failed
# upload kill the batch").
# Breaks: "If an upload raises, `pipeline` raises that exception."
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    def both(item):
        try:
            return upload(render(item))
        except Exception as error:
            print("upload failed:", error)
            return 0

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(both, items))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"PlantedError\('the upload of item 7 failed on purpose'\), but pipeline\(.*\) returned \d+: the exception"
