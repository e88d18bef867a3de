# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: one item after another: bounded, but one upload at a time.

def pipeline(items, render, upload, workers):
    return sum(upload(render(item)) for item in items)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline never ran more than one upload at once; with [\d,.]+ workers it should"
