# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a semaphore, acquired under asyncio.wait_for and each coroutine awaited under asyncio.shield: the
# layers add turns of the event loop between an end and the next start (7 on Python 3.10 to 3.12, 5 on 3.13),
# the most of any right answer kept; the loop never waits in between, so the check must pass it.
import asyncio


async def gather_limited(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        await asyncio.wait_for(semaphore.acquire(), timeout=60)
        try:
            return await asyncio.shield(coro)
        finally:
            semaphore.release()

    return await asyncio.gather(*(one(coro) for coro in coros))
