# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a semaphore whose permits are capped by a constant of the student's own ("never more than 5 at the
# downstream"): with limit=8, as the lab cell under the check passes, only 5 run at once.
import asyncio

MAX_AT_ONCE = 5

async def gather_limited(coros, limit):
    sem = asyncio.Semaphore(min(limit, MAX_AT_ONCE))
    async def one(c):
        async with sem:
            return await c
    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given [\d,.]+ coroutines and limit=[\d,.]+ your gather_limited ran at most [\d,.]+ of them at once; [\d,.]+ have a place\. Hint: start min\(limit, len\(coros\)\) of"
