# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 73.
# Wrong: a semaphore whose wrapper pauses after each coroutine with time.sleep, reached through getattr.
import asyncio, time
async def gather_limited(coros, limit):
    sem = asyncio.Semaphore(limit)
    pause = getattr(time, "sleep")
    async def one(c):
        async with sem:
            r = await c
            pause(0.005)   # pace the downstream
            return r
    return await asyncio.gather(*(one(c) for c in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop"
