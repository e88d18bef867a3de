# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Right (in behaviour): a plain function that returns gather's future of semaphore-guarded wrappers;
# awaiting it gives the list, in order, and raises the first error.
import asyncio

def gather_limited(coros, limit):
    sem = asyncio.Semaphore(limit)
    async def one(c):
        async with sem:
            return await c
    return asyncio.gather(*(one(c) for c in coros))
