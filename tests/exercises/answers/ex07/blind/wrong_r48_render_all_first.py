# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders every item into a list of payloads first and only then uploads them on a bounded pool, so all payloads are alive at once.
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    payloads = [render(item) for item in items]  # rendering is quick, so do it all first
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(upload, payloads))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
