# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: no thread at all, one task after another: bounded, but nothing runs at once.

def bounded_spawn(fn, items, limit):
    return [fn(x) for x in items]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner never ran more than one task at once; with limit=[\d,.]+ it should run"
