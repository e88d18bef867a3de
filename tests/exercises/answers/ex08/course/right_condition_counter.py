# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 76.
# Right: a counter of running coroutines guarded by an asyncio.Condition; each task waits for a place
import asyncio

async def gather_limited(coros, limit):
    condition = asyncio.Condition()
    running = 0

    async def one(coro):
        nonlocal running
        async with condition:
            await condition.wait_for(lambda: running < limit)
            running += 1
        try:
            return await coro
        finally:
            async with condition:
                running -= 1
                condition.notify()

    return await asyncio.gather(*(one(c) for c in coros))
