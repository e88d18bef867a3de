# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results collected as they finish and then sorted by value, which is not input order.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    results = []

    async def guarded(coro):
        async with semaphore:
            results.append(await coro)

    await asyncio.gather(*(guarded(c) for c in coros))
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, \.\.\.\] \([\d,.]+ items\)"
