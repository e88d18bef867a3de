# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: submit(...).result() one at a time: bounded, but nothing runs at once.

def windowed_map(executor, fn, items, window):
    return [executor.submit(fn, item).result() for item in items]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map never ran more than one task at once; with a window of [\d,.]+ it"
