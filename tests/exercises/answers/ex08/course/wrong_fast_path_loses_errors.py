# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: when all the coroutines fit under the limit, a fast path gathers them with return_exceptions=True, so an
# error in a short input comes back as a result instead of reaching the caller
import asyncio

async def gather_limited(coros, limit):
    coros = list(coros)
    if len(coros) <= limit:  # they all fit: no need for the semaphore
        return await asyncio.gather(*coros, return_exceptions=True)
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+"
