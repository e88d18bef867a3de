# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders and uploads each item in the calling thread, one after the other: few payloads alive, but only one upload ever runs at once.
def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    for item in items:
        total += upload(render(item))
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline never ran more than one upload at once"
