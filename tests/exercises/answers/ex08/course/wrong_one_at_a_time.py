# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: awaits one coroutine after another: nothing runs at once.

async def gather_limited(coros, limit):
    return [await coro for coro in coros]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited never ran more than one coroutine at once; with limit=[\d,.]+ it"
