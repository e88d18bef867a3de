# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders a batch of `workers` payloads, uploads the batch and waits for all of it before the next batch, instead of starting an upload as soon as one ends.
# Its writer marked it WRONG; the course judges it right, and keeps it so: it keeps every bound the student copy states (payloads alive, uploads at once, up to `workers` of them), only slower: uploading in groups is not against what the copy asks.
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
