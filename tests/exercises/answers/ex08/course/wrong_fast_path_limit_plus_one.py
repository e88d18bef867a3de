# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a fast path for short inputs, off by one: an input of limit + 1 coroutines is gathered all at once,
# limit + 1 running. Otherwise a semaphore.
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    if len(coros) <= limit + 1:   # "short enough": no need for a semaphore
        return await asyncio.gather(*coros)
    sem = asyncio.Semaphore(limit)
    async def one(c):
        async with sem:
            return await c
    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given [\d,.]+ coroutines and limit=[\d,.]+ your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+ Hint: use the limit it is given, not a"
