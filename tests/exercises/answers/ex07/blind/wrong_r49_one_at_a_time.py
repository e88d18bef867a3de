# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one upload at a time: a single thread renders and uploads each item in turn, ignoring workers.
def pipeline(items, render, upload, workers):
    total = 0
    for item in items:
        payload = render(item)
        total += upload(payload)
        del payload
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline never ran more than one upload at once"
