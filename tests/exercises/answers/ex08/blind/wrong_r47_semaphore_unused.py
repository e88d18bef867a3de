# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a semaphore is created but the coroutines never wait for it, so gather starts all of them at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    async with semaphore:
        return list(await asyncio.gather(*coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
