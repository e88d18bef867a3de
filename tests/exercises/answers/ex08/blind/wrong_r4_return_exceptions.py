# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a correct semaphore bound, but gather(..., return_exceptions=True) "so
# one failure does not stop the others": a coroutine's exception comes back as
# an item of the result list and nothing is raised. Breaks "If a coroutine
# raises, gather_limited raises that exception, as asyncio.gather does (no
# return_exceptions=True)".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    return await asyncio.gather(*(guarded(coro) for coro in coros), return_exceptions=True)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"but gather_limited\(coros, limit=4\) returned .*: the exception was lost"
