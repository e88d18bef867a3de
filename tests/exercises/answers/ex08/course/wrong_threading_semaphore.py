# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).  Found by read 75.
# Wrong: a threading.Semaphore, as in exercise 2's worker pool: its acquire blocks the event loop
RUN_ALONE = True  # its acquire blocks the event loop's thread for ever
import asyncio
import threading

async def gather_limited(coros, limit):
    """A threading.Semaphore, as in the worker pool of exercise 2."""
    permits = threading.Semaphore(limit)

    async def one(coro):
        with permits:
            return await coro

    return await asyncio.gather(*(one(c) for c in coros))

# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"did not return within \d+ s: 0 finished, 5 started and not finished, 35 never started"
