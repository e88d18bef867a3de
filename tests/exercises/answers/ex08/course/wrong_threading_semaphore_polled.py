# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: a threading.Semaphore, tried for a moment, then the loop is let run; it never waits
import asyncio
import threading

async def gather_limited(coros, limit):
    """A threading.Semaphore, as in the worker pool of exercise 2; try for a moment, then let others run."""
    permits = threading.Semaphore(limit)

    async def one(coro):
        while not permits.acquire(timeout=0.002):
            await asyncio.sleep(0)
        try:
            return await coro
        finally:
            permits.release()

    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place was taken"
