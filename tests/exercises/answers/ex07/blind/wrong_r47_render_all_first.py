# Written from the student copy alone, without seeing the check or the solution.
# WRONG: runs the stages one after the other: renders every item into a list first, then uploads with a bounded pool, so all the payloads are alive at once.
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = [render(item) for item in items]  # stage 1, quick
    with ThreadPoolExecutor(max_workers=workers) as uploads:  # stage 2, at most `workers` at once
        return sum(uploads.map(upload, payloads))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
