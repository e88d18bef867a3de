# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "return their results in input order, as asyncio.gather does": it is bounded, but it
# collects each result as its coroutine finishes (asyncio.as_completed), so a slow first coroutine's
# result ends up last.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    return [await next_done for next_done in asyncio.as_completed([one(coro) for coro in coros])]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"expected the \d+ results in input order, .*\. Yours are the right results, in another order"
