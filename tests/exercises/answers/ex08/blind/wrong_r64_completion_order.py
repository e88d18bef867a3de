# Written from the student copy alone, without seeing the check or the solution.
# Mistake: semaphore-bounded, but collects results with asyncio.as_completed, so they come back in completion order.
# Breaks: "return their results in input order, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        async with semaphore:
            return await coro

    results = []
    for next_done in asyncio.as_completed([run_one(coro) for coro in coros]):
        results.append(await next_done)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned .*\. Yours are the right results, in another order"
