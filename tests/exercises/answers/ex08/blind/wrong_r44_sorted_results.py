# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "in order" read as sorted: the results are sorted by value instead of kept in input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    results = await asyncio.gather(*(guarded(coro) for coro in coros))
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
