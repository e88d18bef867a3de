# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Wrong: a semaphore whose wrapper pauses with time.sleep (imported inside) after each coroutine, "to pace the downstream"
import asyncio
async def gather_limited(coros, limit):
    from time import sleep
    sem = asyncio.Semaphore(limit)
    async def one(c):
        async with sem:
            result = await c
            sleep(0.005)   # pace the downstream
            return result
    return await asyncio.gather(*(one(c) for c in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop"
