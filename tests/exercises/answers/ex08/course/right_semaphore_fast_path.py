# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: a semaphore around each coroutine; a short input goes straight to gather
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    if len(coros) <= limit:
        return await asyncio.gather(*coros)
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(one(c) for c in coros))
