# Written from the student copy alone, without seeing the check or the solution.
# Mistake: bounded with a semaphore (good), but collects results with asyncio.as_completed,
# i.e. in completion order.
# Breaks: "return their results in input order, as `asyncio.gather` does."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    results = []
    for next_done in asyncio.as_completed([guarded(c) for c in coros]):
        results.append(await next_done)
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"gather_limited returned \[[^\]]*\] \(40 items\); expected .*\. Yours are the right results, in another order; the first difference is at index \d+"
