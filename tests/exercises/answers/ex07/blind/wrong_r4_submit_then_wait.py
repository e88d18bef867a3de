# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounds the payloads by waiting for each upload right after submitting
# it, in the loop that renders: payloads alive stay at 1, but the uploads run
# one after another, never two at once. Breaks "Run up to `workers` uploads at
# once: the check fails an answer that runs one upload at a time."
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            total += uploads.submit(upload, render(item)).result()
    return total

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline never ran more than one upload at once; with 4 workers it should run 4"
