# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders a batch of `workers` items, uploads them, and waits for the whole batch before the next, so a slow upload leaves the other places idle.
from concurrent.futures import ThreadPoolExecutor, wait
from itertools import islice


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    iterator = iter(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            batch = [pool.submit(upload, render(item)) for item in islice(iterator, workers)]
            if not batch:
                return total
            wait(batch)
            total += sum(future.result() for future in batch)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the upload of item [\d,.]+ took [\d,.]+ ms longer than the others, your pipeline took no item from the input"
