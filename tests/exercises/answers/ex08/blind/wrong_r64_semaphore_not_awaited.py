# Written from the student copy alone, without seeing the check or the solution.
# Mistake: calls semaphore.acquire() without await, so no coroutine ever waits for a permit and all of them run at once.
# Breaks: "Creating a semaphore is not enough: each coroutine must *wait for it* before it starts."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        semaphore.acquire()
        try:
            return await coro
        finally:
            semaphore.release()

    return await asyncio.gather(*(run_one(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran \d+ coroutines at once; the limit was 5"
