# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: ignores its limit argument: the semaphore always has 5 places (the check's limit)
import asyncio

async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(5)

    async def one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given [\d,.]+ coroutines and limit=[\d,.]+ your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+ Hint: use the limit it is given, not a"
