# Written from the student copy alone, without seeing the check or the solution.
# WRONG: drops the pools and renders then uploads each item in the calling thread, so only one upload runs at a time.
def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    for item in items:
        total += upload(render(item))  # one payload alive, but one upload at a time
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline never ran more than one upload at once"
