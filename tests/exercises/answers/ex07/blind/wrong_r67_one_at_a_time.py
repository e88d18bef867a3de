# Written from the student copy alone, without seeing the check or the solution.
# Mistake: no pool at all: renders and uploads each item in turn in the caller, so one upload runs at a time.
# Breaks: "Run up to `workers` uploads at once: the check fails an answer that runs one upload at a time."
def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    for item in items:
        payload = render(item)
        total += upload(payload)
        del payload
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline never ran more than one upload at once; with [\d,.]+ workers it should run [\d,.]+ Hint: upload from a pool of workers, not one item"
