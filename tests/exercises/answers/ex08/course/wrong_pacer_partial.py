# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 79.
# Wrong: a semaphore whose wrapper pauses 5 ms after each coroutine, blocking the loop (partial).
import asyncio, time
import functools
pause = functools.partial(time.sleep, 0.005)
async def gather_limited(coros, limit):
    sem = asyncio.Semaphore(limit)
    async def one(c):
        async with sem:
            r = await c
            pause()
            return r
    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
