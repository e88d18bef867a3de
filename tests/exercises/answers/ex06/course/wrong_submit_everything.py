# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: submits every item, then waits: no window at all.

def windowed_map(executor, fn, items, window):
    futures = [executor.submit(fn, item) for item in items]
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your windowed_map had [\d,.]+ futures in flight at once \(submitted, not done\); the"
