# Written from the student copy alone, without seeing the check or the solution.
# WRONG: off by one: Semaphore(limit + 1) lets limit + 1 coroutines run at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit + 1)  # "limit waiting plus the one running"

    async def guarded(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(guarded(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
