# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a semaphore answer that paces the starts with time.sleep(0.001) ("be gentle with the downstream"), which blocks the whole event loop.
# Breaks: "Never block the loop: `time.sleep` in a coroutine stops every other one while it sleeps (use `await asyncio.sleep(...)`). The check fails an answer that calls it."
import asyncio
import time


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                time.sleep(0.001)  # a small pause between starts
                return await coro
        finally:
            coro.close()

    return await asyncio.gather(*(run(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited calls time\.sleep, which blocks the event loop: while it sleeps, no coroutine runs and no freed place is filled, and the"
