# Written from the student copy alone, without seeing the check or the solution.
# Mistake: wraps an upload's exception in a new one with the item in the message.
# Breaks: "If an upload raises, `pipeline` raises that exception."
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    def both(item):
        try:
            return upload(render(item))
        except Exception as error:
            raise RuntimeError(f"upload of {item!r} failed") from error

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        return sum(pool.map(both, items))

# Added by the course: the message its check must fail with.
FAILS_WITH = r"workers=4\) raised RuntimeError: upload of 7 failed\. Hint: raise the task's own exception"
