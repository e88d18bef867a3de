# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Wrong: releases the permit twice when a coroutine raises (in except and in finally): one place more after an error
import asyncio

async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        await semaphore.acquire()
        try:
            return await coro
        except Exception:
            semaphore.release()
            raise
        finally:
            semaphore.release()

    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), and your gather_limited ran [\d,.]+ coroutines at once, counted until"
