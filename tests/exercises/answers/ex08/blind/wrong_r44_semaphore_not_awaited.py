# Written from the student copy alone, without seeing the check or the solution.
# WRONG: creates the semaphore but no coroutine ever waits for it, so all of them start at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)  # created... and never acquired
    return await asyncio.gather(*coros)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
