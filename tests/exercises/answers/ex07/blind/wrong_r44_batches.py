# Written from the student copy alone, without seeing the check or the solution.
# Kept as a right answer until the check counted refills: the copy now asks that a place freed be
# refilled at once, and the check makes one task slow and counts what starts meanwhile, so it fails.
# WRONG: renders a batch of `workers` payloads, uploads the batch and waits for all of it before the next batch, instead of starting an upload as soon as one ends.
from concurrent.futures import ThreadPoolExecutor
from itertools import islice


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    iterator = iter(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        while True:
            batch = [executor.submit(upload, render(item)) for item in islice(iterator, workers)]
            if not batch:
                return total
            try:
                total += sum(future.result() for future in batch)
            finally:
                for future in batch:
                    future.exception()  # wait for the whole batch, even after a failure
            batch = None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the upload of item [\d,.]+ took [\d,.]+ ms longer than the others, your pipeline took no item from the input"
